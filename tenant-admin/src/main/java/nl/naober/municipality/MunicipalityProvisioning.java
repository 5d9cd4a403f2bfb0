package nl.naober.municipality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.naober.tenancy.TenantCode;
import nl.naober.tenancy.TenantMigrationException;
import nl.naober.tenancy.TenantSchemaMigrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Onboards a municipality: a catalog row in PROVISIONING, then its schema and tenant changelog, then ACTIVE. A
 * failed migration leaves the row FAILED with the reason, never a municipality that looks usable.
 */
@Service
public class MunicipalityProvisioning {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityProvisioning.class);

    static final Pattern CBS_CODE = Pattern.compile("GM[0-9]{4}");

    private final MunicipalityRepository municipalities;
    private final NetworkRepository networks;
    private final TenantSchemaMigrator migrator;
    private final MunicipalityRegistry registry;
    private final MunicipalityChangeNotice changes;
    private final Clock clock;

    MunicipalityProvisioning(
            MunicipalityRepository municipalities,
            NetworkRepository networks,
            TenantSchemaMigrator migrator,
            MunicipalityRegistry registry,
            MunicipalityChangeNotice changes,
            Clock clock) {
        this.municipalities = municipalities;
        this.networks = networks;
        this.migrator = migrator;
        this.registry = registry;
        this.changes = changes;
        this.clock = clock;
    }

    /** Onboards in one go and throws when the migration fails (the row is then FAILED): demo seeding, tests. */
    public MunicipalitySummary provision(NewMunicipality command) {
        validate(command);
        Municipality municipality = municipalities.save(new Municipality(command, clock.instant()));
        try {
            municipality.activate(migrator.migrate(municipality.tenant()));
        } catch (TenantMigrationException e) {
            municipality.fail(e.getMessage());
            municipalities.save(municipality);
            throw e;
        }
        MunicipalitySummary summary = municipalities.save(municipality).toSummary();
        changes.send(summary.code());
        registry.refresh();
        return summary;
    }

    /**
     * Onboards for an administrator: the PROVISIONING row is committed first (so its progress can be seen), then
     * the schema is created and migrated. A failure does not throw: the row is left FAILED with the reason, for a
     * {@link #migrate retry} or a cancellation.
     */
    MunicipalityDetails onboard(NewMunicipality command) {
        validate(command);
        return migrate(municipalities.save(new Municipality(command, clock.instant())));
    }

    /**
     * Creates the schema when missing and applies the tenant changelog, then ACTIVE, or FAILED with the reason.
     * Safe to repeat: both steps skip what is already there.
     */
    MunicipalityDetails migrate(Municipality municipality) {
        try {
            municipality.activate(migrator.migrate(municipality.tenant()));
        } catch (RuntimeException e) {
            log.warn("Provisioning municipality {} failed", municipality.code(), e);
            municipality.fail(reason(e));
        }
        MunicipalityDetails details = municipalities.save(municipality).toDetails();
        // The row is committed already (no transaction around onboarding): the notice goes at once.
        changes.send(details.code());
        registry.refresh();
        return details;
    }

    /** The deepest message says what really went wrong (e.g. which relation already exists). */
    private static String reason(Throwable e) {
        String top = e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root == e || root.getMessage() == null ? "" : ": " + root.getMessage();
        return (top == null ? e.getClass().getSimpleName() : top) + cause;
    }

    private void validate(NewMunicipality command) {
        List<String> problems = new ArrayList<>();
        if (!TenantCode.isValid(command.code())) {
            problems.add("code must be lower-case letters, digits and hyphens, 2 to 41 characters, starting with a"
                    + " letter");
        } else if (municipalities.existsById(command.code())) {
            problems.add("code " + command.code() + " is already in use");
        }
        if (command.name() == null || command.name().isBlank() || command.name().length() > 100) {
            problems.add("name is required, at most 100 characters");
        } else if (municipalities.existsByNameIgnoreCase(command.name().strip())) {
            problems.add("a municipality named " + command.name().strip() + " already exists");
        }
        if (command.cbsCode() == null || !CBS_CODE.matcher(command.cbsCode()).matches()) {
            problems.add("CBS code must be GM followed by four digits");
        } else if (municipalities.existsByCbsCode(command.cbsCode())) {
            problems.add("CBS code " + command.cbsCode() + " is already in use");
        }
        if (command.networkCode() == null || !networks.existsById(command.networkCode())) {
            problems.add("network " + command.networkCode() + " does not exist");
        }
        if (!problems.isEmpty()) {
            throw new InvalidMunicipalityException(problems);
        }
    }
}
