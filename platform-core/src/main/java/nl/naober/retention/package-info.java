/**
 * Retention and erasure (AVG art. 5(1)(e), 17): a closed file is anonymised once the municipality's retention period
 * has passed since its last change, or at once when the privacy officer approves an erasure request. Anonymising
 * removes what names or describes a person and keeps what the figures count: dates, states, reasons, scores, the
 * 4-digit postcode and the year of birth, so monitoring and evaluation reports stay the same. Each file is anonymised
 * in one transaction of its own, so a crash leaves it untouched or done and the next run goes on.
 */
@NullMarked
package nl.naober.retention;

import org.jspecify.annotations.NullMarked;
