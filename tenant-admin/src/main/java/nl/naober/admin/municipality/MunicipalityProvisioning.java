package nl.naober.admin.municipality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.naober.core.tenancy.TenantCode;
import nl.naober.core.tenancy.TenantMigrationException;
import nl.naober.core.tenancy.TenantSchemaMigrator;
import org.springframework.stereotype.Service;

/**
 * Onboards a municipality: a catalog row in PROVISIONING, then its schema and tenant changelog, then ACTIVE. A
 * failed migration leaves the row FAILED with the reason, never a municipality that looks usable.
 */
@Service
public class MunicipalityProvisioning {

    private static final Pattern CBS_CODE = Pattern.compile("GM[0-9]{4}");

    private final MunicipalityRepository municipalities;
    private final NetworkRepository networks;
    private final TenantSchemaMigrator migrator;
    private final MunicipalityRegistry registry;
    private final Clock clock;

    MunicipalityProvisioning(
            MunicipalityRepository municipalities,
            NetworkRepository networks,
            TenantSchemaMigrator migrator,
            MunicipalityRegistry registry,
            Clock clock) {
        this.municipalities = municipalities;
        this.networks = networks;
        this.migrator = migrator;
        this.registry = registry;
        this.clock = clock;
    }

    public MunicipalitySummary provision(NewMunicipality command) {
        validate(command);
        Municipality municipality = municipalities.save(new Municipality(
                command.code(),
                command.name().strip(),
                command.cbsCode(),
                command.networkCode(),
                MunicipalityStatus.PROVISIONING,
                clock.instant()));
        try {
            municipality.activate(migrator.migrate(municipality.tenant()));
        } catch (TenantMigrationException e) {
            municipality.fail(e.getMessage());
            municipalities.save(municipality);
            throw e;
        }
        MunicipalitySummary summary = municipalities.save(municipality).toSummary();
        registry.refresh();
        return summary;
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
