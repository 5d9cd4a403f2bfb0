package nl.naober.jobs;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.crypto.EncryptedValueException;
import nl.naober.crypto.ReEncryption;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After a key rotation: {@code java -jar naober.jar --naober.encryption.reencrypt=true} starts Naober with the new
 * keys (the new key first in {@code NAOBER_ENCRYPTION_KEYS}, the old ones after it), migrates the schemas as every
 * start does, rewrites every active municipality's values that are not under the current key, prints a count per
 * table and exits (status 1 when a municipality failed). A second run finds nothing to do. Other instances may keep
 * serving meanwhile, as long as they already have the new keys.
 */
@Component
@ConditionalOnBooleanProperty("naober.encryption.reencrypt")
@Order(Ordered.LOWEST_PRECEDENCE)
class ReEncryptionCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReEncryptionCommand.class);

    private final MunicipalityRegistry registry;
    private final ReEncryption reEncryption;
    private final ConfigurableApplicationContext context;

    ReEncryptionCommand(
            MunicipalityRegistry registry, ReEncryption reEncryption, ConfigurableApplicationContext context) {
        this.registry = registry;
        this.reEncryption = reEncryption;
        this.context = context;
    }

    /** What a run did: per table, the values rewritten in all municipalities together. */
    record Outcome(int municipalities, int failed, Map<String, Integer> rewritten) {}

    @Override
    public void run(ApplicationArguments arguments) {
        Outcome outcome = reencryptAll();
        System.exit(SpringApplication.exit(context, () -> outcome.failed() == 0 ? 0 : 1));
    }

    Outcome reencryptAll() {
        List<MunicipalitySummary> municipalities = registry.active();
        Map<String, Integer> totals = new LinkedHashMap<>();
        int failed = 0;
        for (MunicipalitySummary municipality : municipalities) {
            Tenant tenant = Tenant.of(municipality.code());
            try {
                Map<String, Integer> counts = TenantContext.call(tenant, () -> reEncryption.reencrypt(tenant));
                log.info("Re-encrypted municipality {}: {}", tenant.code(), counts);
                counts.forEach((table, count) -> totals.merge(table, count, Integer::sum));
            } catch (RuntimeException e) {
                failed++;
                log.error("Re-encryption of municipality {} failed: {}", tenant.code(), describe(e));
            }
        }
        log.info(
                "Re-encryption done: {} municipalities, {} failed; values rewritten per table: {}",
                municipalities.size(),
                failed,
                totals);
        return new Outcome(municipalities.size(), failed, totals);
    }

    /** The cipher's messages name keys, never values; of a database error only its class and SQL state. */
    private static String describe(RuntimeException failure) {
        if (failure instanceof EncryptedValueException) {
            return failure.getMessage();
        }
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause instanceof SQLException sql
                ? cause.getClass().getName() + " (SQL state " + sql.getSQLState() + ")"
                : cause.getClass().getName();
    }
}
