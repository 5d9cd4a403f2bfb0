package nl.naober.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.naober.accesslog.AccessAction;
import nl.naober.accesslog.AccessEntry;
import nl.naober.accesslog.AccessLog;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.RecordType;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchService;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.outcome.OutcomeService;
import nl.naober.retention.ErasureRequests;
import nl.naober.retention.FileKind;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.tenancy.TenantContext;
import nl.naober.timeline.Timeline;
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
