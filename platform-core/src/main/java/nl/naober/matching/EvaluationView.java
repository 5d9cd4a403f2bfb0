package nl.naober.matching;

import java.time.LocalDate;
import java.util.UUID;
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.MatchVocabulary.EvaluationKind;

public record EvaluationView(
        UUID id, EvaluationKind kind, LocalDate heldOn, Decision decision, String notes, String coordinator) {}
