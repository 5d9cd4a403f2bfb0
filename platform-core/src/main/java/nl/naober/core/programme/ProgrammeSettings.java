package nl.naober.core.programme;

import java.time.Period;

/**
 * The programme settings of the municipality in context that case work reads. The tenant-admin module will keep
 * them per municipality (defaults from the network); until then every municipality uses the defaults.
 */
public interface ProgrammeSettings {

    /** How long a certificate of conduct (VOG) counts as valid after its issue date. */
    Period vogValidity();

    /** Planned length of a match's trial period. */
    Period trialLength();

    /** Time between periodic evaluations of an active match. */
    Period evaluationInterval();
}
