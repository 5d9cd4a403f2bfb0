/**
 * Planned visits (afspraken): an intake visit at a family or a support family, or the evaluation of a match,
 * planned ahead by a coordinator; recording the visit marks it done. Also the coordinator's calendar feed token.
 */
package nl.naober.appointment;
