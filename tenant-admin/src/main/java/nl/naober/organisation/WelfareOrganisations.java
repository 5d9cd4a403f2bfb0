package nl.naober.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The welfare organisations of one municipality. The caller has already checked that the current user may
 * administer {@code municipality} (the network admin of its network); every change is audited with its before and
 * after.
 */
@Service
public class WelfareOrganisations {

    /** The rule code (and message key) for a name another organisation of the municipality already has. */
    public static final String NAME_TAKEN = "rule.welfare-organisation-name-taken";

    static final String SUBJECT = "welfare-organisation";

    private final WelfareOrganisationRepository organisations;
    private final AdminAudit audit;
    private final Clock clock;

    WelfareOrganisations(WelfareOrganisationRepository organisations, AdminAudit audit, Clock clock) {
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @CatalogTransactional(readOnly = true)
    public Page<WelfareOrganisationView> list(MunicipalitySummary municipality, Pageable pageable) {
        return organisations
                .findByMunicipalityCode(municipality.code(), pageable)
                .map(WelfareOrganisation::toView);
    }

    /** One organisation of the municipality; 404 for an id of another municipality, as for an unknown one. */
    @CatalogTransactional(readOnly = true)
    public WelfareOrganisationView get(MunicipalitySummary municipality, UUID id) {
        return owned(municipality.code(), id).map(WelfareOrganisation::toView).orElseThrow(() -> notFound(id));
    }

    /** The organisation if it belongs to the municipality. */
    @CatalogTransactional(readOnly = true)
    public Optional<WelfareOrganisationView> find(String municipalityCode, UUID id) {
        return owned(municipalityCode, id).map(WelfareOrganisation::toView);
    }

    /** Names by id, for lists that show the organisation next to something else. */
    @CatalogTransactional(readOnly = true)
    public Map<UUID, WelfareOrganisationView> byId(String municipalityCode, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByMunicipalityCodeAndIdIn(municipalityCode, ids).stream()
                .map(WelfareOrganisation::toView)
                .collect(Collectors.toMap(WelfareOrganisationView::id, Function.identity()));
    }

    @CatalogTransactional
    public WelfareOrganisationView create(MunicipalitySummary municipality, WelfareOrganisationDetails details) {
        if (organisations.existsByMunicipalityCodeAndNameIgnoreCase(
                municipality.code(), details.name().strip())) {
            throw RuleViolationException.of(NAME_TAKEN);
        }
        WelfareOrganisation organisation =
                organisations.saveAndFlush(new WelfareOrganisation(municipality.code(), details, clock.instant()));
        audit.record(event("WELFARE_ORGANISATION_CREATED", municipality, organisation, null, organisation.summary()));
        return organisation.toView();
    }

    @CatalogTransactional
    public WelfareOrganisationView update(MunicipalitySummary municipality, UUID id, WelfareOrganisationUpdate update) {
        WelfareOrganisation organisation = owned(municipality.code(), id).orElseThrow(() -> notFound(id));
        StaleVersionException.check(SUBJECT, update.version(), organisation.version());
        if (organisations.existsByMunicipalityCodeAndNameIgnoreCaseAndIdNot(
                municipality.code(), update.name().strip(), id)) {
            throw RuleViolationException.of(NAME_TAKEN);
        }
        String before = organisation.summary();
        organisation.apply(update.details());
        organisations.flush();
        audit.record(event("WELFARE_ORGANISATION_UPDATED", municipality, organisation, before, organisation.summary()));
        return organisation.toView();
    }

    private Optional<WelfareOrganisation> owned(String municipalityCode, UUID id) {
        return organisations.findByIdAndMunicipalityCode(id, municipalityCode);
    }

    private static AuditEvent event(
            String action,
            MunicipalitySummary municipality,
            WelfareOrganisation organisation,
            @Nullable String before,
            @Nullable String after) {
        return new AuditEvent(
                action,
                municipality.networkCode(),
                municipality.code(),
                SUBJECT + ":" + organisation.id(),
                before,
                after);
    }

    private static NotFoundException notFound(UUID id) {
        return NotFoundException.of(SUBJECT, id);
    }
}
