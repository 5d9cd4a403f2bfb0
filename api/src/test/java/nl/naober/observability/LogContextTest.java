package nl.naober.observability;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.path;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every log line of a request says which request, which municipality, which caller (an opaque id, never a name) and
 * which trace, in the console pattern and in the JSON (ECS) lines production writes. The lines come from a real
 * request: Spring MVC's own DEBUG lines, switched on for the duration of the test.
 */
@NaoberIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogContextTest {

    private static final String DISPATCHER = "org.springframework.web.servlet.DispatcherServlet";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @LocalServerPort
    int port;

    @Test
    void aRequestsLinesCarryRequestIdMunicipalityOpaqueUserIdAndTraceIdButNoName(CapturedOutput output) {
        String parentName = "Logregel-" + Long.toString(System.nanoTime(), 36);
        String requestId = "req-" + Long.toString(System.nanoTime(), 36);
        String accountId = "account-"
                + Sql.strings("select id from platform.local_account where username = ?", "coordinator.meppel")
                        .get(0);
        Http http = new Http(port);

        List<JsonNode> json = capturingEcs(() -> {
            Http.Response response = http.send(http.request(path("meppel"), basic("coordinator.meppel"))
                    .header("Content-Type", "application/json")
                    .header("X-Request-Id", requestId)
                    .header("traceparent", TRACEPARENT)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(newFamilyJson(parentName))));
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
        });

        List<String> lines =
                output.getOut().lines().filter(line -> line.contains(requestId)).toList();
        assertThat(lines).as("console lines of the request").isNotEmpty();
        assertThat(lines)
                .allSatisfy(line -> assertThat(line)
                        .contains("[" + requestId + ",meppel," + accountId + "]")
                        .contains(TRACE_ID));

        List<JsonNode> ours = json.stream()
                .filter(line -> requestId.equals(line.path("requestId").asString(null)))
                .toList();
        assertThat(ours).as("JSON lines of the request").isNotEmpty();
        assertThat(ours).allSatisfy(line -> {
            assertThat(line.path("municipality").asString(null)).isEqualTo("meppel");
            assertThat(line.path("userId").asString(null)).isEqualTo(accountId);
            assertThat(line.toString()).contains(TRACE_ID);
        });

        String everything = output.getAll() + json;
        assertThat(everything).doesNotContain(parentName).doesNotContain("coordinator.meppel");
    }

    @Test
    void anUnsafeRequestIdIsReplacedAndAMissingOneGenerated() {
        Http http = new Http(port);
        Http.Response hostile = http.send(http.request("/api/v1/municipalities/meppel/families", null)
                .header("X-Request-Id", "x\"}{ injected")
                .GET());
        assertThat(hostile.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        Http.Response tooLong = http.send(http.request("/actuator/health", null)
                .header("X-Request-Id", "a".repeat(65))
                .GET());
        assertThat(tooLong.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(http.get("/actuator/health", null).header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    /** Runs the work with MVC's DEBUG lines on and an extra appender writing them as production's ECS JSON. */
    private static List<JsonNode> capturingEcs(Runnable work) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        Logger dispatcher = context.getLogger(DISPATCHER);
        LoggingSystem logging = LoggingSystem.get(LogContextTest.class.getClassLoader());
        dispatcher.addAppender(appender);
        logging.setLogLevel(DISPATCHER, LogLevel.DEBUG);
        try {
            work.run();
        } finally {
            logging.setLogLevel(DISPATCHER, null);
            dispatcher.detachAppender(appender);
            appender.stop();
        }
        JsonMapper mapper = JsonMapper.builder().build();
        return bytes.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .map(mapper::readTree)
                .toList();
    }
}
