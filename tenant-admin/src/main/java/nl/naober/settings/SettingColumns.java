package nl.naober.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The setting columns that network_settings and municipality_settings share. */
@Embeddable
class SettingColumns {

    @Column(name = "trial_length_weeks")
    private Integer trialLengthWeeks;

    @Column(name = "evaluation_interval_months")
    private Integer evaluationIntervalMonths;

    @Column(name = "vog_validity_years")
    private Integer vogValidityYears;

    @Column(name = "retention_months")
    private Integer retentionMonths;

    @Column(name = "suppression_threshold")
    private Integer suppressionThreshold;

    @Column(name = "youth_care_cost_per_year", precision = 12, scale = 2)
    private BigDecimal youthCareCostPerYear;

    @Column(name = "placement_cost_per_year", precision = 12, scale = 2)
    private BigDecimal placementCostPerYear;

    @Column(name = "avoided_placement_percentage", precision = 4, scale = 1)
    private BigDecimal avoidedPlacementPercentage;

    @Column(name = "recruitment_threshold")
    private Integer recruitmentThreshold;

    protected SettingColumns() {}

    SettingColumns(SettingValues values) {
        this.trialLengthWeeks = values.trialLengthWeeks();
        this.evaluationIntervalMonths = values.evaluationIntervalMonths();
        this.vogValidityYears = values.vogValidityYears();
        this.retentionMonths = values.retentionMonths();
        this.suppressionThreshold = values.suppressionThreshold();
        this.youthCareCostPerYear = values.youthCareCostPerYear();
        this.placementCostPerYear = values.placementCostPerYear();
        this.avoidedPlacementPercentage = values.avoidedPlacementPercentage();
        this.recruitmentThreshold = values.recruitmentThreshold();
    }

    static SettingValues values(SettingColumns columns) {
        if (columns == null) { // Hibernate reads an embeddable whose columns are all null as null
            return new SettingValues(null, null, null, null, null, null, null, null, null);
        }
        return new SettingValues(
                columns.trialLengthWeeks,
                columns.evaluationIntervalMonths,
                columns.vogValidityYears,
                columns.retentionMonths,
                columns.suppressionThreshold,
                columns.youthCareCostPerYear,
                columns.placementCostPerYear,
                columns.avoidedPlacementPercentage,
                columns.recruitmentThreshold);
    }
}
