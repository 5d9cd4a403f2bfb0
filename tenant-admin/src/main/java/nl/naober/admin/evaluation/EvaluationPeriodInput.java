package nl.naober.admin.evaluation;

import java.time.LocalDate;

interface EvaluationPeriodInput {

    String name();

    LocalDate start();

    LocalDate end();

    LocalDate evaluationDate();
}
