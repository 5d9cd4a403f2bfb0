package nl.naober.geo;

import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Geocodes with PDOK's Locatieserver v3.1 "free" endpoint: free of charge, no key, fed daily from the BAG (the
 * national register of addresses).
 *
 * <p>One request per call: {@code q=postcode:7941AB and huisnummer:12} with {@code fq=type:adres}, or without a
 * house number {@code q=postcode:7941AB} with {@code fq=type:postcode}; {@code rows=1} and {@code fl=centroide_ll}
 * so PDOK sends only the best match's point, {@code POINT(longitude latitude)} in WGS 84.
 *
 * <p>Addresses are personal data: the log and the exceptions name outcomes only, never the postcode or house
 * number. For the same reason Spring's exceptions are not chained as causes, since their messages carry the URL
 * and so the query.
 */
public class PdokLocatieserverGeocoder implements Geocoder {

    public static final String DEFAULT_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free";

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(PdokLocatieserverGeocoder.class);

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * A number from 1 to 99999, optionally followed by a letter and an addition ("12", "12a", "12 bis", "12-1",
     * "12 A 2"). PDOK's huisnummer field holds the number alone and a letter or addition lies within metres of it,
     * so only the number is sent; that also keeps user input out of the Solr query syntax.
     */
    private static final Pattern HOUSE_NUMBER =
            Pattern.compile("([1-9][0-9]{0,4})(?![0-9])(?:[\\s/-]*[A-Za-z0-9]{1,4}){0,2}");

    private static final Pattern WKT_POINT = Pattern.compile(
            "\\s*POINT\\s*\\(\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s+(-?[0-9]+(?:\\.[0-9]+)?)\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);

    private final RestClient restClient;

    /** @param url the free endpoint, normally {@link #DEFAULT_URL} */
    public PdokLocatieserverGeocoder(String url) {
        this(url, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    /** Shorter time-outs let a test prove the time-out without waiting five seconds. */
    PdokLocatieserverGeocoder(String url, Duration connectTimeout, Duration readTimeout) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // HTTP/2 would try an h2c upgrade on a plain-HTTP proxy or stub, which some mishandle; one small
                // GET gains nothing from HTTP/2.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(readTimeout);
        this.restClient = RestClient.builder()
                .requestFactory(requestFactory)
                .baseUrl(url)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Override
    public Optional<Coordinates> locate(String postcode, String houseNumber) {
        Optional<String> normalisedPostcode = normalisePostcode(postcode);
        if (normalisedPostcode.isEmpty()) {
            log.debug("Not geocoded: not a Dutch postcode, no request sent");
            return Optional.empty();
        }
        boolean wholePostcode = houseNumber == null || houseNumber.isBlank();
        String q;
        if (wholePostcode) {
            q = "postcode:" + normalisedPostcode.get();
        } else {
            Matcher number = HOUSE_NUMBER.matcher(houseNumber.strip());
            if (!number.matches()) {
                log.debug("Not geocoded: not a house number, no request sent");
                return Optional.empty();
            }
            q = "postcode:" + normalisedPostcode.get() + " and huisnummer:" + number.group(1);
        }
        String fq = wholePostcode ? "type:postcode" : "type:adres";

        byte[] body;
        try {
            body = restClient
                    .get()
                    .uri(uri -> uri.queryParam("q", "{q}")
                            .queryParam("fq", "{fq}")
                            .queryParam("rows", "1")
                            .queryParam("fl", "centroide_ll")
                            .build(q, fq))
                    .retrieve()
                    .body(byte[].class);
        } catch (RestClientException e) {
            String reason = "PDOK Locatieserver " + describe(e);
            log.warn("Geocoding failed: {}", reason);
            throw new GeocoderUnavailableException(reason);
        }
        Optional<Coordinates> result = parseAnswer(body);
        log.debug("Geocoded with PDOK Locatieserver: {}", result.isPresent() ? "found" : "not found");
        return result;
    }

    /** "7941 ab" → "7941AB"; empty when it is no Dutch postcode. */
    static Optional<String> normalisePostcode(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String normalised = WHITESPACE.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
        return POSTCODE.matcher(normalised).matches() ? Optional.of(normalised) : Optional.empty();
    }

    /** The first doc's centroid; empty when PDOK found nothing; unavailable when the answer is not PDOK's format. */
    static Optional<Coordinates> parseAnswer(byte[] body) {
        if (body == null || body.length == 0) {
            throw unparsable("an empty answer");
        }
        Object root;
        try {
            root = JsonReader.read(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw unparsable("an answer that is not JSON");
        }
        if (!(root instanceof Map<?, ?> rootObject)
                || !(rootObject.get("response") instanceof Map<?, ?> response)
                || !(response.get("docs") instanceof List<?> docs)) {
            throw unparsable("JSON without response.docs");
        }
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        if (!(docs.get(0) instanceof Map<?, ?> doc) || !(doc.get("centroide_ll") instanceof String wkt)) {
            throw unparsable("a doc without centroide_ll");
        }
        Matcher point = WKT_POINT.matcher(wkt);
        if (!point.matches()) {
            throw unparsable("a centroide_ll that is not a WKT point");
        }
        try {
            // WKT puts x (longitude) before y (latitude).
            return Optional.of(new Coordinates(Double.parseDouble(point.group(2)), Double.parseDouble(point.group(1))));
        } catch (IllegalArgumentException e) {
            throw unparsable("a centroide_ll outside the earth's coordinates");
        }
    }

    private static GeocoderUnavailableException unparsable(String what) {
        String reason = "PDOK Locatieserver sent " + what;
        log.warn("Geocoding failed: {}", reason);
        return new GeocoderUnavailableException(reason);
    }

    /** What went wrong, in words that cannot contain the query. */
    private static String describe(RestClientException e) {
        if (e instanceof RestClientResponseException response) {
            return "answered HTTP " + response.getStatusCode().value();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "did not answer in time";
            }
        }
        // The class of the I/O failure (ConnectException, UnknownHostException, ...) is enough to act on.
        Throwable failure = e.getCause() != null ? e.getCause() : e;
        return "could not be reached (" + failure.getClass().getSimpleName() + ")";
    }
}
