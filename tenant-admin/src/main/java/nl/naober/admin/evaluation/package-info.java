/** Evaluation periods of a municipality: the funded period that is evaluated at a set date, then closed. */
@NamedInterface("evaluation")
package nl.naober.admin.evaluation;

import org.springframework.modulith.NamedInterface;
