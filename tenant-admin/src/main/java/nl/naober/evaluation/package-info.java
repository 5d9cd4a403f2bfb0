/** Evaluation periods of a municipality: the funded period that is evaluated at a set date, then closed. */
package nl.naober.evaluation;
