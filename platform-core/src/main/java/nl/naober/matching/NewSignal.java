package nl.naober.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.naober.matching.MatchVocabulary.Referral;
import nl.naober.matching.MatchVocabulary.ReportedBy;
import nl.naober.matching.MatchVocabulary.SignalKind;

/** A signal (e.g. debts, safety); a referral needs the family's consent. @param notedOn defaults to today */
public record NewSignal(
        @PastOrPresent(message = "{date.future}") LocalDate notedOn,
        @NotNull(message = "{signal.kind.required}") SignalKind kind,
        ReportedBy reportedBy,
        @Size(max = 4000, message = "{field.max4000}") String notes,
        Referral referral,
        Boolean referralConsent) {}
