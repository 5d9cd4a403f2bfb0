package nl.naober.casefile.screens;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.naober.outcome.NewOutcome;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.outcome.OutcomeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

/**
 * The outcome measure chosen on an intake, evaluation or closing form, stored with that visit in one transaction: a
 * visit refused (a stale match, a closed file) leaves no measurement behind, and a measurement refused leaves no
 * visit.
 */
@Component
class OutcomeRecording {

    private final OutcomeService outcomes;
    private final TransactionTemplate transaction;
    private final Screens screens;

    OutcomeRecording(OutcomeService outcomes, PlatformTransactionManager transactions, Screens screens) {
        this.outcomes = outcomes;
        this.transaction = new TransactionTemplate(transactions);
        this.screens = screens;
    }

    /** The form with the measure as {@code measure}: its scores in range, and a score when anything was chosen. */
    boolean validate(Measured form, BindingResult result) {
        boolean valid = screens.validate(form, result);
        OutcomeFields measure = form.getMeasure();
        if (!measure.isEmpty() && !measure.hasScore() && !result.hasFieldErrors("measure.parentingStrain")) {
            result.rejectValue("measure.parentingStrain", "outcome.scoreNeeded", screens.text("outcome.scoreNeeded"));
            return false;
        }
        return valid;
    }

    /** Makes the change and, when a measure was chosen, stores it for the change's family on the same day. */
    <T> T together(
            Supplier<T> change,
            OutcomeFields measure,
            OutcomeMoment moment,
            Function<T, UUID> familyOf,
            Function<T, UUID> matchOf,
            LocalDate measuredOn) {
        if (measure.isEmpty()) {
            return change.get();
        }
        return transaction.execute(status -> {
            T done = change.get();
            NewOutcome outcome = measure.toOutcome(moment, measuredOn, matchOf.apply(done));
            outcomes.record(familyOf.apply(done), outcome);
            return done;
        });
    }

    /** A form that carries the outcome measure. */
    interface Measured {
        OutcomeFields getMeasure();
    }
}
