package nl.naober.importing;

import java.util.Locale;
import java.util.Optional;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The imports' own small pool: a large file takes a while, and must not hold a request thread or another job's.
 * Its decorator hands the submitting request's municipality, user and language to the worker and clears them after.
 */
@Configuration
class ImportConfiguration {

    @Bean
    ThreadPoolTaskExecutor importExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("import-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(20);
        executor.setTaskDecorator(new RequestContextDecorator());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    /** Carries tenant, security context and locale from the submitting thread into the task. */
    static final class RequestContextDecorator implements TaskDecorator {

        @Override
        public Runnable decorate(Runnable task) {
            Optional<Tenant> tenant = TenantContext.current();
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            Locale locale = Locale.forLanguageTag("nl");
            return () -> {
                SecurityContextHolder.setContext(security);
                LocaleContextHolder.setLocale(locale);
                try {
                    tenant.ifPresentOrElse(t -> TenantContext.run(t, task), task);
                } finally {
                    SecurityContextHolder.clearContext();
                    LocaleContextHolder.resetLocaleContext();
                }
            };
        }
    }
}
