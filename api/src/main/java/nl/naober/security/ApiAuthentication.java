package nl.naober.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * What differs between the two security modes: how a REST caller and a screen user authenticate. Everything
 * after authentication (membership, municipality access, roles) is the same code path for both.
 */
interface ApiAuthentication {

    void configureApi(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception;

    void configureScreens(HttpSecurity http) throws Exception;
}
