package nl.naober.matching;

import java.time.LocalDate;
import java.util.UUID;
import nl.naober.matching.MatchVocabulary.Referral;
import nl.naober.matching.MatchVocabulary.ReportedBy;
import nl.naober.matching.MatchVocabulary.SignalKind;

public record SignalView(
        UUID id,
        LocalDate notedOn,
        SignalKind kind,
        ReportedBy reportedBy,
        String notes,
        Referral referral,
        boolean referralConsent) {}
