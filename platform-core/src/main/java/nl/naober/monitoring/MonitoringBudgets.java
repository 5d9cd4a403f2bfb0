package nl.naober.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port: the budget lines of a municipality as monitoring reads them from the catalog. Monitoring owns this interface;
 * the catalog side (tenant-admin) implements it, so the reporting rules do not depend on the budget feature.
 */
public interface MonitoringBudgets {

    /**
     * At most {@code max} budget lines of the municipality: the first page of that size, in the order the catalog
     * lists them (no sort is asked for).
     */
    List<Line> lines(String municipalityCode, int max);

    /** One line's amounts added up as of {@code asOf} (spent so far, remaining, forecast at its period's end). */
    Totals totals(String municipalityCode, UUID lineId, LocalDate asOf);

    /** A budget line's identity and budget period (both days inclusive). */
    record Line(UUID id, LocalDate periodStart, LocalDate periodEnd) {}

    /** A line's amounts in euros, exact. */
    record Totals(BigDecimal amount, BigDecimal spent, BigDecimal remaining, BigDecimal forecastAtPeriodEnd) {}
}
