package nl.naober.core.monitoring;

import java.math.BigDecimal;

/**
 * Supply and demand at the end of the period ({@code min(to, asOf)}). Status history is not stored, so a status is
 * the current one, counted when it was entered ({@code status_changed_on}, else the registration) on or before the
 * end; exact when the end is today.
 *
 * @param availableSupportFamilies support families with status AVAILABLE, created and made available by the end
 * @param freeCapacity the sum over those of {@code capacity} minus the children of their matches open at the end
 *     (proposed on or before the end and not ended or cancelled by then), at least 0 per support family
 * @param waitingFamilies families with status WAITING, registered and put on the waiting list by the end
 * @param candidateDepth available support families per waiting family, 2 decimals (half up); null when none waits
 */
public record SupplyAndDemand(
        int availableSupportFamilies, int freeCapacity, int waitingFamilies, BigDecimal candidateDepth) {}
