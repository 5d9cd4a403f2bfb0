package nl.naober.monitoring;

import java.math.BigDecimal;

/**
 * Port: the programme settings a report needs (suppression threshold, the cost-avoided assumptions), effective for
 * one municipality (network default or the municipality's override). Implemented on the catalog side (tenant-admin).
 */
public interface MonitoringSettings {

    Values effective(String municipalityCode);

    /**
     * @param suppressionThreshold counts under it are hidden in every report that may be published
     * @param youthCareCostPerYear indicative cost of a youth-care trajectory per year, EUR
     * @param placementCostPerYear indicative cost of an out-of-home placement per year, EUR
     * @param avoidedPlacementPercentage indicative share of closed matches that avoided a placement, %
     */
    record Values(
            int suppressionThreshold,
            BigDecimal youthCareCostPerYear,
            BigDecimal placementCostPerYear,
            BigDecimal avoidedPlacementPercentage) {}
}
