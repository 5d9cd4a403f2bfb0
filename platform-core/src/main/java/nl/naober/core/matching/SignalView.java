package nl.naober.core.matching;

import java.time.LocalDate;
import java.util.UUID;
import nl.naober.core.matching.MatchVocabulary.Referral;
import nl.naober.core.matching.MatchVocabulary.ReportedBy;
import nl.naober.core.matching.MatchVocabulary.SignalKind;

public record SignalView(
        UUID id,
        LocalDate notedOn,
        SignalKind kind,
        ReportedBy reportedBy,
        String notes,
        Referral referral,
        boolean referralConsent) {}
