package nl.naober.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A screen session's limits besides the idle timeout ({@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout how long after login a session ends, however busy its user: a stolen session cookie works
 *     for a working day at most
 */
@ConfigurationProperties("naober.security.session")
record SessionProperties(@DefaultValue("PT10H") Duration absoluteTimeout) {}
