package nl.naober.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.naober.support.Http;
import tools.jackson.databind.JsonNode;

/** The import REST API as a client calls it: upload, then poll the job until it is done. */
final class ImportApi {

    private final Http http;

    ImportApi(int port) {
        this.http = new Http(port);
    }

    Http.Response post(String code, String authorization, boolean dryRun, List<Upload> files) {
        return upload("/api/v1/municipalities/" + code + "/imports?dryRun=" + dryRun, authorization, files);
    }

    /** Posts the files as multipart {@code file} parts, as a browser or curl -F does. */
    Http.Response upload(String path, String authorization, List<Upload> files) {
        String boundary = "naober-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Upload file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request(path, authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Http.Response get(String path, String authorization) {
        return http.get(path, authorization);
    }

    /** Starts a run and waits for its end; the finished job as JSON. */
    JsonNode run(String code, String authorization, boolean dryRun, List<Upload> files) {
        Http.Response started = post(code, authorization, dryRun, files);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = java.net.URI.create(started.header("Location")).getPath();
        assertThat(location).startsWith("/api/v1/municipalities/" + code + "/imports/");
        return await(location, authorization);
    }

    JsonNode await(String location, String authorization) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            Http.Response job = get(location, authorization);
            assertThat(job.status()).as(job.body()).isEqualTo(200);
            String state = job.json().get("state").asString();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return job.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import did not finish: " + location);
    }

    /** The problems of a finished job as "sheet, rij N, kolom c: message" lines. */
    static List<String> problems(JsonNode job) {
        List<String> lines = new ArrayList<>();
        for (JsonNode problem : job.get("problems")) {
            lines.add(new ImportProblem(
                            problem.get("sheet").asString(),
                            problem.get("row").asInt(),
                            problem.get("column").asString(),
                            problem.get("message").asString())
                    .line());
        }
        return lines;
    }
}
