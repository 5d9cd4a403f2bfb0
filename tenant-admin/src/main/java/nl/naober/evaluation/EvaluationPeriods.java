package nl.naober.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.identity.CurrentActor;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Evaluation periods of a municipality; every change is audited. */
@Service
public class EvaluationPeriods {

    static final String RULE_END_BEFORE_START = "rule.evaluation-period-end-before-start";
    static final String RULE_EVALUATION_BEFORE_END = "rule.evaluation-date-before-end";
    static final String RULE_CLOSED = "rule.evaluation-period-closed";

    private final EvaluationPeriodRepository periods;
    private final MunicipalityRegistry municipalities;
    private final AdminAudit audit;
    private final CurrentActor actor;
    private final Clock clock;

    EvaluationPeriods(
            EvaluationPeriodRepository periods,
            MunicipalityRegistry municipalities,
            AdminAudit audit,
            CurrentActor actor,
            Clock clock) {
        this.periods = periods;
        this.municipalities = municipalities;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @CatalogTransactional
    public EvaluationPeriodView create(String municipalityCode, NewEvaluationPeriod input) {
        check(input);
        EvaluationPeriod period = periods.save(new EvaluationPeriod(municipalityCode, input, clock.instant()));
        record("EVALUATION_PERIOD_CREATED", period, null, period.auditState());
        return period.toView();
    }

    @CatalogTransactional
    public EvaluationPeriodView update(String municipalityCode, UUID id, EvaluationPeriodUpdate input) {
        EvaluationPeriod period = find(municipalityCode, id);
        if (period.closed()) {
            throw RuleViolationException.of(RULE_CLOSED);
        }
        StaleVersionException.check("evaluation period", input.version(), period.version());
        check(input);
        String before = period.auditState();
        period.change(input);
        periods.flush();
        record("EVALUATION_PERIOD_CHANGED", period, before, period.auditState());
        return period.toView();
    }

    /**
     * Closes the period (once) and keeps its figures as they are now, so its report reads the same tomorrow, after
     * later edits or anonymisation of its cases.
     *
     * @param frozenFigures the period's report as the caller computed it just before closing (JSON, no personal
     *     data); {@code null} only where no report exists
     */
    @CatalogTransactional
    public EvaluationPeriodView close(String municipalityCode, UUID id, String frozenFigures) {
        EvaluationPeriod period = find(municipalityCode, id);
        if (period.closed()) {
            throw RuleViolationException.of(RULE_CLOSED);
        }
        String before = period.auditState();
        period.close(actor.username(), clock.instant(), frozenFigures);
        periods.flush();
        record("EVALUATION_PERIOD_CLOSED", period, before, period.auditState());
        return period.toView();
    }

    @CatalogTransactional(readOnly = true)
    public Page<EvaluationPeriodView> list(String municipalityCode, Pageable pageable) {
        return periods.findByMunicipalityCode(municipalityCode, pageable).map(EvaluationPeriod::toView);
    }

    /** The figures frozen when the period was closed; empty while it is open. */
    @CatalogTransactional(readOnly = true)
    public Optional<String> frozenFigures(String municipalityCode, UUID id) {
        return find(municipalityCode, id).frozenFigures();
    }

    @CatalogTransactional(readOnly = true)
    public EvaluationPeriodView get(String municipalityCode, UUID id) {
        return find(municipalityCode, id).toView();
    }

    private static void check(EvaluationPeriodInput input) {
        List<String> broken = new ArrayList<>();
        if (input.end().isBefore(input.start())) {
            broken.add(RULE_END_BEFORE_START);
        }
        if (input.evaluationDate().isBefore(input.end())) {
            broken.add(RULE_EVALUATION_BEFORE_END);
        }
        if (!broken.isEmpty()) {
            throw RuleViolationException.of(broken);
        }
    }

    private EvaluationPeriod find(String municipalityCode, UUID id) {
        return periods.findByIdAndMunicipalityCode(id, municipalityCode)
                .orElseThrow(() -> NotFoundException.of("evaluation-period", id));
    }

    private void record(String action, EvaluationPeriod period, String before, String after) {
        String network = municipalities
                .findActiveMunicipality(period.municipalityCode())
                .map(MunicipalitySummary::networkCode)
                .orElse(null);
        audit.record(new AuditEvent(
                action, network, period.municipalityCode(), "evaluation-period " + period.id(), before, after));
    }
}
