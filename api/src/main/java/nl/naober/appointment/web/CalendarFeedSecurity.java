package nl.naober.appointment.web;

import nl.naober.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The calendar feed needs no login (a calendar cannot log in): the token in its path is the key. Stateless, GET only
 * in practice (nothing else is mapped), no session or cookie for a forged request to ride on; ahead of the
 * authenticated chains, like the public registration's.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain calendarFeed(HttpSecurity http) throws Exception {
        http.securityMatcher("/agenda/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::api);
        return http.build();
    }
}
