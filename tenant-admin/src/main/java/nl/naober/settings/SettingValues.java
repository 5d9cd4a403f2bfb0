package nl.naober.settings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme settings; any value may be null where it is inherited (a municipality's null comes from its
 * network, a network's from {@link #PLATFORM_DEFAULTS}).
 *
 * <p>The three youth-care amounts are <em>indicatief</em>: rough national figures for reports on youth care
 * avoided, to be replaced by a municipality's own figures. Reports must show them as assumptions.
 *
 * @param trialLengthWeeks planned length of a match's trial period
 * @param evaluationIntervalMonths time between periodic evaluations of an active match
 * @param vogValidityYears how long a VOG counts as valid after its issue date
 * @param retentionMonths how long a closed case is kept
 * @param suppressionThreshold counts below this are not shown in aggregates (small-count suppression)
 * @param youthCareCostPerYear indicative cost of a youth-care trajectory per year, EUR
 * @param placementCostPerYear indicative cost of an out-of-home placement per year, EUR
 * @param avoidedPlacementPercentage indicative share of closed matches that avoided such a placement, %
 * @param recruitmentThreshold a waiting family with fewer fitting support families than this needs recruitment
 *     ("werving nodig" in Mijn werk); SteunouderNL's rule of thumb is about five per child
 */
public record SettingValues(
        @Min(1) @Max(26) Integer trialLengthWeeks,
        @Min(1) @Max(24) Integer evaluationIntervalMonths,
        @Min(1) @Max(10) Integer vogValidityYears,
        @Min(1) @Max(240) Integer retentionMonths,
        @Min(1) @Max(100) Integer suppressionThreshold,

        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal youthCareCostPerYear,

        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal placementCostPerYear,

        @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 1)
        BigDecimal avoidedPlacementPercentage,

        @Min(1) @Max(50) Integer recruitmentThreshold) {

    /**
     * The platform's defaults (DESIGN.md: trial 8 weeks, evaluation every 6 months, VOG valid 3 years; closed cases
     * kept 24 months; counts below 5 suppressed; recruitment needed below 5 fitting support families). Youth-care assumptions, indicatief: a youth-care trajectory EUR
     * 12,000.00 a year, an out-of-home placement EUR 60,000.00 a year, 10.0% of closed matches avoided one.
     */
    public static final SettingValues PLATFORM_DEFAULTS = new SettingValues(
            8, 6, 3, 24, 5, new BigDecimal("12000.00"), new BigDecimal("60000.00"), new BigDecimal("10.0"), 5);

    public static final List<String> NAMES = List.of(
            "trialLengthWeeks",
            "evaluationIntervalMonths",
            "vogValidityYears",
            "retentionMonths",
            "suppressionThreshold",
            "youthCareCostPerYear",
            "placementCostPerYear",
            "avoidedPlacementPercentage",
            "recruitmentThreshold");

    /** Each value of {@code this}, else of {@code fallback}. */
    public SettingValues orElse(SettingValues fallback) {
        return new SettingValues(
                first(trialLengthWeeks, fallback.trialLengthWeeks),
                first(evaluationIntervalMonths, fallback.evaluationIntervalMonths),
                first(vogValidityYears, fallback.vogValidityYears),
                first(retentionMonths, fallback.retentionMonths),
                first(suppressionThreshold, fallback.suppressionThreshold),
                first(youthCareCostPerYear, fallback.youthCareCostPerYear),
                first(placementCostPerYear, fallback.placementCostPerYear),
                first(avoidedPlacementPercentage, fallback.avoidedPlacementPercentage),
                first(recruitmentThreshold, fallback.recruitmentThreshold));
    }

    /** The names of the values that are null here, i.e. inherited. */
    public List<String> inherited() {
        List<Object> values = List.of(
                box(trialLengthWeeks),
                box(evaluationIntervalMonths),
                box(vogValidityYears),
                box(retentionMonths),
                box(suppressionThreshold),
                box(youthCareCostPerYear),
                box(placementCostPerYear),
                box(avoidedPlacementPercentage),
                box(recruitmentThreshold));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == NONE) {
                names.add(NAMES.get(i));
            }
        }
        return names;
    }

    /** Amounts with 2 decimals, the percentage with 1. */
    SettingValues normalised() {
        return new SettingValues(
                trialLengthWeeks,
                evaluationIntervalMonths,
                vogValidityYears,
                retentionMonths,
                suppressionThreshold,
                youthCareCostPerYear == null
                        ? null
                        : youthCareCostPerYear.setScale(2, java.math.RoundingMode.HALF_EVEN),
                placementCostPerYear == null
                        ? null
                        : placementCostPerYear.setScale(2, java.math.RoundingMode.HALF_EVEN),
                avoidedPlacementPercentage == null
                        ? null
                        : avoidedPlacementPercentage.setScale(1, java.math.RoundingMode.HALF_EVEN),
                recruitmentThreshold);
    }

    String auditState() {
        return "trial=" + trialLengthWeeks + "w, evaluation=" + evaluationIntervalMonths + "m, vog="
                + vogValidityYears + "y, retention=" + retentionMonths + "m, suppression=" + suppressionThreshold
                + ", youthCare=" + youthCareCostPerYear + ", placement=" + placementCostPerYear + ", avoided="
                + avoidedPlacementPercentage + "%, recruitment=" + recruitmentThreshold;
    }

    private static final Object NONE = new Object();

    private static Object box(Object value) {
        return value == null ? NONE : value;
    }

    private static <T> T first(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
