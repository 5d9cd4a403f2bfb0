package nl.naober.monitoring.screens;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/** The answers of the monitoring downloads: a file to save, or back to the form when the period may not be asked. */
final class Downloads {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Downloads() {}

    static ResponseEntity<String> csv(String body, String fileName) {
        return attachment(CSV, body, fileName);
    }

    static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return attachment(MediaType.APPLICATION_PDF, body, fileName);
    }

    /** A 303 to the dashboard with the months as typed, where the form says what is wrong with them. */
    static <T> ResponseEntity<T> backToTheForm(String van, String tot) {
        String location = UriComponentsBuilder.fromPath("/monitoring")
                .queryParam("van", van == null ? "" : van)
                .queryParam("tot", tot == null ? "" : tot)
                .encode(StandardCharsets.UTF_8)
                .build()
                .toUriString();
        return ResponseEntity.status(303).header(HttpHeaders.LOCATION, location).build();
    }

    private static <T> ResponseEntity<T> attachment(MediaType type, T body, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
