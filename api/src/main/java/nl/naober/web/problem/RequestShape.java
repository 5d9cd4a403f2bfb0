package nl.naober.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every REST request must be before a controller sees it, answered with Problem Details where Tomcat or Spring
 * would answer with their own body or a 500: a query that decodes (percent-encoding and UTF-8; else 400), no NUL in
 * a query value (400 naming the parameter; PostgreSQL refuses it with an error far from the request), and a
 * Content-Type that names one type (415 for {@code *}{@code /*}, which Spring cannot take as a body's type).
 * After the security filters: who may not call an operation learns nothing about its parameters.
 */
@Configuration(proxyBeanMethods = false)
class RequestShape {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestShapeFilter(ProblemResponseWriter problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ProblemResponseWriter problems;

        Filter(ProblemResponseWriter problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<String> refusedParameter;
            try {
                refusedParameter = parameterWithRefusedText(request.getQueryString());
            } catch (CharacterCodingException | IllegalArgumentException undecodable) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "bad-query");
                return;
            }
            if (refusedParameter.isPresent()) {
                problems.write(
                        request,
                        response,
                        HttpStatus.BAD_REQUEST,
                        "bad-parameter",
                        new FieldError(refusedParameter.get(), "problem.field.text"));
                return;
            }
            if (!isConcrete(request.getContentType())) {
                problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
                return;
            }
            chain.doFilter(request, response);
        }

        /** The first parameter whose name or value is no valid text (a NUL); throws when the query does not decode. */
        static Optional<String> parameterWithRefusedText(String query) throws CharacterCodingException {
            if (query == null) {
                return Optional.empty();
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!Text.isValid(name) || !Text.isValid(value)) {
                    return Optional.of(Text.isValid(name) ? FieldError.shown(name) : "?");
                }
            }
            return Optional.empty();
        }

        /** Percent-decoding as Tomcat does it, but strict: a broken escape or bytes that are not UTF-8 throw. */
        static String decode(String encoded) throws CharacterCodingException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '%') {
                    if (i + 2 >= encoded.length()) {
                        throw new IllegalArgumentException("incomplete escape");
                    }
                    int high = Character.digit(encoded.charAt(i + 1), 16);
                    int low = Character.digit(encoded.charAt(i + 2), 16);
                    if (high < 0 || low < 0) {
                        throw new IllegalArgumentException("not an escape");
                    }
                    bytes.write(high * 16 + low);
                    i += 2;
                } else {
                    bytes.write(c == '+' ? ' ' : c);
                }
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        }

        /** No Content-Type (a body-less request) or one that parses and has neither a wildcard type nor subtype. */
        static boolean isConcrete(String contentType) {
            if (contentType == null) {
                return true;
            }
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                return !type.isWildcardType() && !type.isWildcardSubtype();
            } catch (InvalidMediaTypeException unparsable) {
                return false;
            }
        }
    }
}
