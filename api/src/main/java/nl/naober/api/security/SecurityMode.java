package nl.naober.api.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Keycloak mode when an issuer is configured, local mode otherwise. */
final class SecurityMode {

    static final String ISSUER_PROPERTY = "naober.oidc.issuer-uri";

    private SecurityMode() {}

    static boolean isKeycloak(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty(ISSUER_PROPERTY));
    }

    static class Keycloak implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isKeycloak(context);
        }
    }

    static class Local implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isKeycloak(context);
        }
    }
}
