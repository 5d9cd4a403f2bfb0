package nl.naober.core.matching;

import java.time.LocalDate;
import java.util.UUID;
import nl.naober.core.matching.MatchVocabulary.Decision;
import nl.naober.core.matching.MatchVocabulary.EvaluationKind;

public record EvaluationView(
        UUID id, EvaluationKind kind, LocalDate heldOn, Decision decision, String notes, String coordinator) {}
