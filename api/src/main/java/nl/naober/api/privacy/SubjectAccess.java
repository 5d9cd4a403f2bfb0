package nl.naober.api.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.naober.admin.municipality.MunicipalityRegistry;
import nl.naober.admin.municipality.MunicipalitySummary;
import nl.naober.core.accesslog.AccessAction;
import nl.naober.core.accesslog.AccessEntry;
import nl.naober.core.accesslog.AccessLog;
import nl.naober.core.accesslog.AccessRecord;
import nl.naober.core.accesslog.RecordType;
import nl.naober.core.family.FamilyService;
import nl.naober.core.family.FamilyView;
import nl.naober.core.matching.MatchService;
import nl.naober.core.outcome.OutcomeService;
import nl.naober.core.retention.ErasureRequests;
import nl.naober.core.retention.FileKind;
import nl.naober.core.supportfamily.SupportFamilyService;
import nl.naober.core.supportfamily.SupportFamilyView;
import nl.naober.core.tenancy.TenantContext;
import nl.naober.core.timeline.Timeline;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Puts a subject-access report together, after logging it as an EXPORT of the file: the report leaves the platform
 * (to the family, on paper or as a file), and its own line is then part of what it shows.
 */
@Component
public class SubjectAccess {

    static final String DETAIL = "inzageverzoek (AVG art. 15)";
    /** Enough for a file's whole history; a longer log is cut here and says so in its count. */
    private static final Pageable ALL = PageRequest.of(0, 10_000);

    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final MatchService matches;
    private final OutcomeService outcomes;
    private final Timeline timeline;
    private final AccessLog accessLog;
    private final ErasureRequests erasures;
    private final MunicipalityRegistry municipalities;
    private final Clock clock;

    SubjectAccess(
            FamilyService families,
            SupportFamilyService supportFamilies,
            MatchService matches,
            OutcomeService outcomes,
            Timeline timeline,
            AccessLog accessLog,
            ErasureRequests erasures,
            MunicipalityRegistry municipalities,
            Clock clock) {
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.matches = matches;
        this.outcomes = outcomes;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.erasures = erasures;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public SubjectAccessReport<FamilyView> family(UUID id) {
        FamilyView family = families.get(id);
        accessLog.record(AccessEntry.read(AccessAction.EXPORT, AccessRecord.family(RecordType.FAMILY, id, id), DETAIL));
        return new SubjectAccessReport<>(
                clock.instant(),
                TenantContext.require().code(),
                municipalityName(),
                family,
                matches.ofFamily(id),
                outcomes.ofFamily(id),
                timeline.ofFamily(id, ALL).getContent(),
                accessLog.aboutFamily(id, ALL).getContent(),
                erasures.about(FileKind.FAMILY, id));
    }

    public SubjectAccessReport<SupportFamilyView> supportFamily(UUID id) {
        SupportFamilyView supportFamily = supportFamilies.get(id);
        accessLog.record(AccessEntry.read(
                AccessAction.EXPORT, AccessRecord.supportFamily(RecordType.SUPPORT_FAMILY, id, id), DETAIL));
        return new SubjectAccessReport<>(
                clock.instant(),
                TenantContext.require().code(),
                municipalityName(),
                supportFamily,
                matches.ofSupportFamily(id),
                List.of(),
                timeline.ofSupportFamily(id, ALL).getContent(),
                accessLog.aboutSupportFamily(id, ALL).getContent(),
                erasures.about(FileKind.SUPPORT_FAMILY, id));
    }

    private String municipalityName() {
        String code = TenantContext.require().code();
        return municipalities
                .findActiveMunicipality(code)
                .map(MunicipalitySummary::name)
                .orElse(code);
    }
}
