package nl.naober.evaluation;

import java.time.LocalDate;

interface EvaluationPeriodInput {

    String name();

    LocalDate start();

    LocalDate end();

    LocalDate evaluationDate();
}
