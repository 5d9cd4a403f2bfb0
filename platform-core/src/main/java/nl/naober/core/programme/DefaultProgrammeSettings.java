package nl.naober.core.programme;

import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * DESIGN.md's defaults: VOG valid 3 years, trial 8 weeks, evaluation every 6 months. Replaced by the catalog's
 * per-municipality settings when tenant administration provides them.
 */
@Component
class DefaultProgrammeSettings implements ProgrammeSettings {

    @Override
    public Period vogValidity() {
        return Period.ofYears(3);
    }

    @Override
    public Period trialLength() {
        return Period.ofWeeks(8);
    }

    @Override
    public Period evaluationInterval() {
        return Period.ofMonths(6);
    }
}
