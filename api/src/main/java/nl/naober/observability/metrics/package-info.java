/**
 * Business metrics per municipality for {@code /actuator/prometheus}: the waiting list, open matches by state, trial
 * outcomes and overdue evaluations, computed by a scheduled refresher with one aggregate query per municipality.
 * Tags hold the municipality code, a match state or a trial outcome only, never a person's data. Names and
 * meanings are listed in {@code infra/monitoring/README.md}.
 */
package nl.naober.observability.metrics;
