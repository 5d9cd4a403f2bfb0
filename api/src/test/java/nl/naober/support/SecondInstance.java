package nl.naober.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import nl.naober.NaoberApplication;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Another Naober against the test run's database, beside the shared test context: a second replica. By default on a
 * port of its own, without demo seeding, timers or metrics refresh, with a small pool; {@link #with} replaces any
 * setting ("--key=value").
 */
public final class SecondInstance {

    private final List<Class<?>> sources = new ArrayList<>(List.of(NaoberApplication.class));
    private final Map<String, String> settings = new LinkedHashMap<>();
    private CyclicBarrier meetBeforeStartUp;

    private SecondInstance() {
        TestDatabaseInitializer.properties().forEach(property -> put("--" + property));
        with(
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--naober.demo.enabled=false",
                "--naober.demo.case-data.enabled=false",
                "--naober.metrics.enabled=false",
                "--naober.jobs.enabled=false",
                "--naober.security.bcrypt-strength=4");
    }

    public static SecondInstance ofNaober() {
        return new SecondInstance();
    }

    public SecondInstance with(String... overrides) {
        for (String setting : overrides) {
            put(setting);
        }
        return this;
    }

    /** Configuration classes of the tests to add (e.g. a test clock). */
    public SecondInstance withSources(Class<?>... configurations) {
        sources.addAll(List.of(configurations));
        return this;
    }

    /**
     * Waits at {@code barrier} once every bean exists, right before the start-up migration (the first
     * SmartInitializingSingleton called is this one, registered before any other bean): instances started together
     * then really migrate at the same moment, however differently their starts go.
     */
    public SecondInstance meetingBeforeStartUp(CyclicBarrier barrier) {
        this.meetBeforeStartUp = barrier;
        return this;
    }

    public ConfigurableApplicationContext start() {
        // One argument per key (Spring would join a repeated one with commas), and as arguments: builder properties
        // are defaults, which application.yaml would override.
        String[] arguments = settings.entrySet().stream()
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        CyclicBarrier barrier = meetBeforeStartUp;
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .initializers(context -> {
                    context.getBeanFactory()
                            .registerSingleton("testConfigurationsExcluded", new TestConfigurationsExcluded());
                    if (barrier != null) {
                        ((GenericApplicationContext) context)
                                .registerBean(
                                        "meetBeforeStartUp",
                                        SmartInitializingSingleton.class,
                                        () -> () -> meet(barrier));
                    }
                })
                .run(arguments);
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the other instance did not get to its start-up", e);
        }
    }

    private void put(String argument) {
        int equals = argument.indexOf('=');
        settings.put(argument.substring(0, equals), argument.substring(equals + 1));
    }

    /** Keeps the tests' own configurations out of the second instance's component scan, as for the first. */
    static final class TestConfigurationsExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }
    }
}
