package nl.naober.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether the demo (networks, municipalities, logins with the published password, fictional case load) is seeded:
 * {@code naober.demo.enabled=true}, or, when that is not set, only on the embedded default. A deployment that points
 * {@code spring.datasource.url} at a real database and forgets the {@code prod} profile gets no demo logins in its
 * catalog; a test server that wants them says so.
 */
public class DemoEnabled implements Condition {

    public static final String SETTING = "naober.demo.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String setting = context.getEnvironment().getProperty(SETTING);
        if (StringUtils.hasText(setting)) {
            return Boolean.parseBoolean(setting.strip());
        }
        // The test of api's ExternalDatabase, spelled out: tenant-admin does not depend on api.
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
}
