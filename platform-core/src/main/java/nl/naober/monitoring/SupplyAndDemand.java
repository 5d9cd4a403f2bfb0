package nl.naober.monitoring;

import java.math.BigDecimal;

/**
 * Supply and demand at the end of the period ({@code min(to, asOf)}). A status at the end is the last one the record's
 * timeline reached on or before that day (by the day it happened, {@code timeline_entry.happened_on}, not the day it
 * was entered); for a record without that history (entered before issue 16) its current status, counted when it was
 * entered ({@code status_changed_on}, else the registration) on or before the end.
 *
 * @param availableSupportFamilies support families registered ({@code registration_date}) by the end and AVAILABLE
 *     at the end
 * @param freeCapacity the sum over those of {@code capacity} minus the children of their matches open at the end
 *     (proposed on or before the end and not ended or cancelled by then), at least 0 per support family
 * @param waitingFamilies families registered by the end and WAITING at the end
 * @param candidateDepth available support families per waiting family, 2 decimals (half up); null when none waits
 */
public record SupplyAndDemand(
        int availableSupportFamilies, int freeCapacity, int waitingFamilies, BigDecimal candidateDepth) {}
