package nl.naober.shell;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import nl.naober.family.FamilyStatus;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.matching.CloseReason;
import nl.naober.matching.MatchStatus;
import nl.naober.matching.MatchVocabulary;
import nl.naober.matching.TrialEndReason;
import nl.naober.programme.DayPart;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.NeedCategory;
import nl.naober.supportfamily.SupportFamilyStatus;

/** The choices the forms offer, in display order; their Dutch labels are in screens.properties. */
public final class Vocabulary {

    public static final Vocabulary INSTANCE = new Vocabulary();

    /** One weekday of the 7×3 day-part grid. */
    public record DayRow(DayOfWeek day, List<DayPart> parts) {}

    private Vocabulary() {}

    public List<DayRow> getDayRows() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new DayRow(
                        day,
                        Arrays.stream(DayPart.values())
                                .filter(p -> p.day() == day)
                                .toList()))
                .toList();
    }

    /** Day-parts (or needs, reasons) in their natural order, Monday morning first. */
    public <E extends Enum<E>> List<E> sorted(java.util.Collection<E> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    public List<DayPart.PartOfDay> getPartsOfDay() {
        return List.of(DayPart.PartOfDay.values());
    }

    public List<RegistrationReason> getReasons() {
        return List.of(RegistrationReason.values());
    }

    public List<RegistrationSource> getSources() {
        return List.of(RegistrationSource.values());
    }

    public List<NeedCategory> getNeeds() {
        return List.of(NeedCategory.values());
    }

    public List<IntakeOutcome> getIntakeOutcomes() {
        return List.of(IntakeOutcome.values());
    }

    public List<FamilyStatus> getFamilyStatuses() {
        return List.of(FamilyStatus.values());
    }

    public List<SupportFamilyStatus> getSupportFamilyStatuses() {
        return List.of(SupportFamilyStatus.values());
    }

    public List<MatchStatus> getMatchStatuses() {
        return List.of(MatchStatus.values());
    }

    public List<CloseReason> getCloseReasons() {
        return Arrays.stream(CloseReason.values())
                .filter(r -> r != CloseReason.TRIAL_NOT_CONTINUED)
                .toList();
    }

    public List<MatchVocabulary.ContactWith> getContactWith() {
        return List.of(MatchVocabulary.ContactWith.values());
    }

    public List<MatchVocabulary.SignalKind> getSignalKinds() {
        return List.of(MatchVocabulary.SignalKind.values());
    }

    public List<MatchVocabulary.ReportedBy> getReportedBy() {
        return List.of(MatchVocabulary.ReportedBy.values());
    }

    public List<MatchVocabulary.Referral> getReferrals() {
        return List.of(MatchVocabulary.Referral.values());
    }

    public List<MatchVocabulary.Decision> getDecisions() {
        return List.of(MatchVocabulary.Decision.values());
    }

    public List<TrialEndReason> getTrialEndReasons() {
        return List.of(TrialEndReason.values());
    }
}
