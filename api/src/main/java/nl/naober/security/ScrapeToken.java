package nl.naober.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The shared secret of the metrics scraper ({@code NAOBER_METRICS_SCRAPE_TOKEN}), sent as
 * {@code Authorization: Bearer <token>}. Unset, no one can scrape over the main port. Compared in constant time.
 */
@Component
class ScrapeToken {

    static final String AUTHORITY = "naober:metrics-scrape";
    private static final String PREFIX = "Bearer ";

    private final byte[] expectedDigest;

    ScrapeToken(@Value("${naober.metrics.scrape-token:}") String token) {
        this.expectedDigest = StringUtils.hasText(token) ? sha256(token.strip()) : null;
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (matches(request.getHeader("Authorization"))) {
                    SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    "metrics-scraper", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean matches(String header) {
        if (expectedDigest == null || header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        return MessageDigest.isEqual(
                expectedDigest, sha256(header.substring(PREFIX.length()).strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
