package nl.naober.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** @param figuresFrozen whether the period's report figures were frozen when it was closed */
public record EvaluationPeriodView(
        UUID id,
        String municipalityCode,
        String name,
        LocalDate start,
        LocalDate end,
        LocalDate evaluationDate,
        boolean closed,
        Instant closedAt,
        String closedBy,
        boolean figuresFrozen,
        long version) {}
