package nl.naober.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Against a real HTTP server on 127.0.0.1 that plays PDOK. This machine cannot reach PDOK, so the served answer
 * geo/pdok-free-adres-7941AB.json is not a recording but written to PDOK's documented format: the Locatieserver
 * v3.1 OpenAPI description of /free (a "response" object with numFound, start, maxScore, numFoundExact and docs;
 * with fl=centroide_ll each doc holds only "centroide_ll" as WKT "POINT(longitude latitude)"). That description
 * names no "responseHeader"; an answer that carries Solr's one anyway is tested separately.
 */
class PdokLocatieserverGeocoderTest {

    private static final String PATH = "/bzk/locatieserver/search/v3_1/free";

    private HttpServer server;
    private ExecutorService serverThreads;
    private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile byte[] body = new byte[0];
    private final CountDownLatch releaseSlowAnswer = new CountDownLatch(1);
    private volatile boolean slow;

    private PdokLocatieserverGeocoder geocoder;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::answer);
        // Its own threads, so a deliberately slow answer does not hold up stop().
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.start();
        geocoder = new PdokLocatieserverGeocoder(url());
    }

    @AfterEach
    void stopServer() {
        releaseSlowAnswer.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        paths.add(exchange.getRequestURI().getPath());
        requests.add(queryParameters(exchange.getRequestURI().getRawQuery()));
        if (slow) {
            try {
                releaseSlowAnswer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void locatesAnAddressAndAsksPdokForOneAddressCentroid() throws IOException {
        serve(200, recordedAnswer());

        Optional<Coordinates> meppel = geocoder.locate("7941 ab", "12");

        assertThat(meppel).hasValueSatisfying(coordinates -> {
            assertThat(coordinates.latitude()).isCloseTo(52.69621786, within(1e-9));
            assertThat(coordinates.longitude()).isCloseTo(6.19402355, within(1e-9));
        });
        assertThat(paths).containsExactly(PATH);
        assertThat(requests)
                .singleElement()
                .isEqualTo(Map.of(
                        "q", List.of("postcode:7941AB and huisnummer:12"),
                        "fq", List.of("type:adres"),
                        "rows", List.of("1"),
                        "fl", List.of("centroide_ll")));
    }

    @Test
    void withoutAHouseNumberAsksForThePostcodeCentroid() throws IOException {
        serve(200, recordedAnswer());

        assertThat(geocoder.locate("7941AB", null)).isPresent();
        assertThat(geocoder.locate("7941AB", "  ")).isPresent();

        assertThat(requests).hasSize(2).allSatisfy(request -> {
            assertThat(request.get("q")).containsExactly("postcode:7941AB");
            assertThat(request.get("fq")).containsExactly("type:postcode");
            assertThat(request.get("rows")).containsExactly("1");
            assertThat(request.get("fl")).containsExactly("centroide_ll");
        });
    }

    @Test
    void sendsOnlyTheNumberOfAHouseNumberWithALetterOrAddition() throws IOException {
        serve(200, recordedAnswer());

        geocoder.locate("7941AB", "12a");
        geocoder.locate("7941AB", " 12 - 1 ");

        assertThat(requests)
                .extracting(request -> request.get("q"))
                .containsExactly(
                        List.of("postcode:7941AB and huisnummer:12"), List.of("postcode:7941AB and huisnummer:12"));
    }

    @Test
    void anAddressPdokDoesNotKnowIsEmpty() {
        serve(200, "{\"response\":{\"numFound\":0,\"start\":0,\"maxScore\":0.0,\"numFoundExact\":true,\"docs\":[]}}");

        assertThat(geocoder.locate("7941AB", "9999")).isEmpty();
        assertThat(requests).hasSize(1);
    }

    @Test
    void toleratesASolrResponseHeader() {
        serve(200, """
                {"responseHeader":{"status":0,"QTime":2,"params":{"q":"postcode:7941AB","fq":"type:postcode",\
                "rows":"1","fl":"centroide_ll","wt":"json"}},
                 "response":{"numFound":1,"start":0,"numFoundExact":true,
                             "docs":[{"centroide_ll":"POINT(6.1936 52.6959)"}]}}""");

        assertThat(geocoder.locate("7941AB", null)).contains(new Coordinates(52.6959, 6.1936));
    }

    @Test
    void aServerErrorMakesTheGeocoderUnavailableWithoutNamingTheAddress() {
        serve(500, "{\"error\":{\"msg\":\"internal error\",\"code\":500}}");

        assertThatThrownBy(() -> geocoder.locate("7941AB", "12"))
                .isInstanceOf(GeocoderUnavailableException.class)
                .hasMessageContaining("HTTP 500")
                .hasMessageNotContaining("7941")
                .hasNoCause();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"response\":{\"numFound\":1,\"start\":0,\"docs\":[{\"centroide_ll\":\"POINT(6.19402355 52.696",
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
                "{\"error\":{\"code\":400,\"msg\":\"undefined field huisnummer\"}}",
                "{\"response\":{\"numFound\":1,\"docs\":[{\"weergavenaam\":\"Meppel\"}]}}",
                "{\"response\":{\"numFound\":1,\"docs\":[{\"centroide_ll\":\"POINT(155000 463000)\"}]}}",
                "{\"response\":{\"numFound\":1,\"docs\":[{\"centroide_ll\":\"POLYGON((6.1 52.6,6.2 52.6,6.1 52.6))\"}]}}",
                "{\"response\":{\"docs\":[]}} trailing",
                ""
            })
    void aGarbledAnswerMakesTheGeocoderUnavailable(String garbled) {
        serve(200, garbled);

        assertThatThrownBy(() -> geocoder.locate("7941AB", "12"))
                .isInstanceOf(GeocoderUnavailableException.class)
                .hasMessageStartingWith("PDOK Locatieserver sent ")
                .hasMessageNotContaining("7941");
    }

    @Test
    void anAnswerThatTakesTooLongMakesTheGeocoderUnavailable() {
        PdokLocatieserverGeocoder impatient =
                new PdokLocatieserverGeocoder(url(), Duration.ofSeconds(2), Duration.ofMillis(300));
        slow = true;
        serve(200, "{\"response\":{\"docs\":[]}}");

        assertThatThrownBy(() -> impatient.locate("7941AB", "12"))
                .isInstanceOf(GeocoderUnavailableException.class)
                .hasMessage("PDOK Locatieserver did not answer in time");
    }

    @Test
    void aServerThatIsNotThereMakesTheGeocoderUnavailable() {
        String gone = url();
        server.stop(0);

        assertThatThrownBy(() -> new PdokLocatieserverGeocoder(gone).locate("7941AB", "12"))
                .isInstanceOf(GeocoderUnavailableException.class)
                .hasMessageStartingWith("PDOK Locatieserver could not be reached")
                .hasMessageNotContaining("7941");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0941AB", "7941A", "7941ABC", "794AB", "7941 A B1", "ABCDEF", "7941-AB", "7941ÄB"})
    void anInvalidPostcodeIsEmptyWithoutARequest(String postcode) {
        serve(200, "{\"response\":{\"docs\":[{\"centroide_ll\":\"POINT(6.1936 52.6959)\"}]}}");

        assertThat(geocoder.locate(postcode, "12")).isEmpty();
        assertThat(geocoder.locate(postcode, null)).isEmpty();
        assertThat(requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "012", "123456", "-12", "12 or postcode:*"})
    void anInvalidHouseNumberIsEmptyWithoutARequest(String houseNumber) {
        serve(200, "{\"response\":{\"docs\":[{\"centroide_ll\":\"POINT(6.1936 52.6959)\"}]}}");

        assertThat(geocoder.locate("7941AB", houseNumber)).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void acceptsThePostcodeInAnySpelling() {
        assertThat(PdokLocatieserverGeocoder.normalisePostcode("7941ab")).contains("7941AB");
        assertThat(PdokLocatieserverGeocoder.normalisePostcode(" 7941 AB ")).contains("7941AB");
        assertThat(PdokLocatieserverGeocoder.normalisePostcode("7941\tab")).contains("7941AB");
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    private void serve(int status, String body) {
        serve(status, body.getBytes(StandardCharsets.UTF_8));
    }

    private void serve(int status, byte[] body) {
        this.status = status;
        this.body = body;
    }

    private static byte[] recordedAnswer() throws IOException {
        try (InputStream in =
                PdokLocatieserverGeocoderTest.class.getResourceAsStream("/geo/pdok-free-adres-7941AB.json")) {
            assertThat(in).as("test resource geo/pdok-free-adres-7941AB.json").isNotNull();
            return in.readAllBytes();
        }
    }

    private static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
