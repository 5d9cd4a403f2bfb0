package nl.naober.administration.screens;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.math.BigDecimal;
import nl.naober.settings.SettingValues;
import nl.naober.settings.SettingsUpdate;
import nl.naober.web.number.DutchAmount;

/**
 * A municipality's own programme settings as typed; an empty field means "the network's value". The rules are
 * those of {@link SettingValues}, in Dutch.
 */
public class SettingsForm implements Serializable {

    @Min(value = 1, message = "{adminScreen.settings.trialLengthWeeks.range}")
    @Max(value = 26, message = "{adminScreen.settings.trialLengthWeeks.range}")
    private Integer trialLengthWeeks;

    @Min(value = 1, message = "{adminScreen.settings.evaluationIntervalMonths.range}")
    @Max(value = 24, message = "{adminScreen.settings.evaluationIntervalMonths.range}")
    private Integer evaluationIntervalMonths;

    @Min(value = 1, message = "{adminScreen.settings.vogValidityYears.range}")
    @Max(value = 10, message = "{adminScreen.settings.vogValidityYears.range}")
    private Integer vogValidityYears;

    @Min(value = 1, message = "{adminScreen.settings.retentionMonths.range}")
    @Max(value = 240, message = "{adminScreen.settings.retentionMonths.range}")
    private Integer retentionMonths;

    @Min(value = 1, message = "{adminScreen.settings.suppressionThreshold.range}")
    @Max(value = 100, message = "{adminScreen.settings.suppressionThreshold.range}")
    private Integer suppressionThreshold;

    @DecimalMin(value = "0.00", message = "{adminScreen.settings.amount}")
    @Digits(integer = 10, fraction = 2, message = "{adminScreen.settings.amount}")
    @DutchAmount
    private BigDecimal youthCareCostPerYear;

    @DecimalMin(value = "0.00", message = "{adminScreen.settings.amount}")
    @Digits(integer = 10, fraction = 2, message = "{adminScreen.settings.amount}")
    @DutchAmount
    private BigDecimal placementCostPerYear;

    @DecimalMin(value = "0.0", message = "{adminScreen.settings.percentage}")
    @DecimalMax(value = "100.0", message = "{adminScreen.settings.percentage}")
    @Digits(integer = 3, fraction = 1, message = "{adminScreen.settings.percentage}")
    @DutchAmount(decimals = 1)
    private BigDecimal avoidedPlacementPercentage;

    @Min(value = 1, message = "{adminScreen.settings.recruitmentThreshold.range}")
    @Max(value = 50, message = "{adminScreen.settings.recruitmentThreshold.range}")
    private Integer recruitmentThreshold;

    private Long version;

    static SettingsForm of(SettingValues overrides, Long version) {
        SettingsForm form = new SettingsForm();
        form.trialLengthWeeks = overrides.trialLengthWeeks();
        form.evaluationIntervalMonths = overrides.evaluationIntervalMonths();
        form.vogValidityYears = overrides.vogValidityYears();
        form.retentionMonths = overrides.retentionMonths();
        form.suppressionThreshold = overrides.suppressionThreshold();
        form.youthCareCostPerYear = overrides.youthCareCostPerYear();
        form.placementCostPerYear = overrides.placementCostPerYear();
        form.avoidedPlacementPercentage = overrides.avoidedPlacementPercentage();
        form.recruitmentThreshold = overrides.recruitmentThreshold();
        form.version = version;
        return form;
    }

    SettingsUpdate toCommand() {
        return new SettingsUpdate(
                new SettingValues(
                        trialLengthWeeks,
                        evaluationIntervalMonths,
                        vogValidityYears,
                        retentionMonths,
                        suppressionThreshold,
                        youthCareCostPerYear,
                        placementCostPerYear,
                        avoidedPlacementPercentage,
                        recruitmentThreshold),
                version);
    }

    public Integer getRecruitmentThreshold() {
        return recruitmentThreshold;
    }

    public void setRecruitmentThreshold(Integer recruitmentThreshold) {
        this.recruitmentThreshold = recruitmentThreshold;
    }

    public Integer getTrialLengthWeeks() {
        return trialLengthWeeks;
    }

    public void setTrialLengthWeeks(Integer trialLengthWeeks) {
        this.trialLengthWeeks = trialLengthWeeks;
    }

    public Integer getEvaluationIntervalMonths() {
        return evaluationIntervalMonths;
    }

    public void setEvaluationIntervalMonths(Integer evaluationIntervalMonths) {
        this.evaluationIntervalMonths = evaluationIntervalMonths;
    }

    public Integer getVogValidityYears() {
        return vogValidityYears;
    }

    public void setVogValidityYears(Integer vogValidityYears) {
        this.vogValidityYears = vogValidityYears;
    }

    public Integer getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(Integer retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public Integer getSuppressionThreshold() {
        return suppressionThreshold;
    }

    public void setSuppressionThreshold(Integer suppressionThreshold) {
        this.suppressionThreshold = suppressionThreshold;
    }

    public BigDecimal getYouthCareCostPerYear() {
        return youthCareCostPerYear;
    }

    public void setYouthCareCostPerYear(BigDecimal youthCareCostPerYear) {
        this.youthCareCostPerYear = youthCareCostPerYear;
    }

    public BigDecimal getPlacementCostPerYear() {
        return placementCostPerYear;
    }

    public void setPlacementCostPerYear(BigDecimal placementCostPerYear) {
        this.placementCostPerYear = placementCostPerYear;
    }

    public BigDecimal getAvoidedPlacementPercentage() {
        return avoidedPlacementPercentage;
    }

    public void setAvoidedPlacementPercentage(BigDecimal avoidedPlacementPercentage) {
        this.avoidedPlacementPercentage = avoidedPlacementPercentage;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
