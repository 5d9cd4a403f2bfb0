package nl.naober.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where people reach Naober ({@code naober.public-url}), for the links in mails: without a trailing slash. */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${naober.public-url:http://localhost:8080}") String configured) {
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String base() {
        return base;
    }
}
