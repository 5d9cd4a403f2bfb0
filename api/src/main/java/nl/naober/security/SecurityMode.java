package nl.naober.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Keycloak mode when an issuer is configured, local mode otherwise. */
public final class SecurityMode {

    static final String ISSUER_PROPERTY = "naober.oidc.issuer-uri";

    private SecurityMode() {}

    public static boolean isKeycloak(Environment environment) {
        return StringUtils.hasText(environment.getProperty(ISSUER_PROPERTY));
    }

    static class Keycloak implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isKeycloak(context.getEnvironment());
        }
    }

    static class Local implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isKeycloak(context.getEnvironment());
        }
    }
}
