package nl.naober.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarMonthsTest {

    static BigDecimal months(String from, String until) {
        return CalendarMonths.between(LocalDate.parse(from), LocalDate.parse(until));
    }

    @Test
    void aWholeMonthIsOneWhateverItsLength() {
        assertThat(months("2024-02-01", "2024-03-01")).isEqualByComparingTo("1");
        assertThat(months("2023-02-01", "2023-03-01")).isEqualByComparingTo("1");
        assertThat(months("2024-01-01", "2025-01-01")).isEqualByComparingTo("12");
    }

    @Test
    void aPartOfAMonthIsItsShareOfThatMonthsDays() {
        // 1–15 March: 15/31
        assertThat(months("2025-03-01", "2025-03-16")).isEqualByComparingTo("0.483870967742");
        // 5 February – 17 April 2024: 25/29 + 1 + 17/30 = 2113/870 = 2.428735632184
        assertThat(months("2024-02-05", "2024-04-18")).isEqualByComparingTo("2.428735632184");
        assertThat(months("2024-02-05", "2024-02-05")).isEqualByComparingTo("0");
        assertThat(months("2024-02-06", "2024-02-05")).isEqualByComparingTo("0");
    }

    @Test
    void anAmountPerMonthIsOneDivisionRoundedOnce() {
        // 14,252.60 over January 2024 – 15 March 2025 = 449/31 months: 14,252.60 × 31 / 449 = 984.0296...
        long parts = CalendarMonths.parts(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-03-16"));
        assertThat(parts).isEqualTo(CalendarMonths.PARTS_PER_MONTH * 449 / 31);
        assertThat(CalendarMonths.perMonth(new BigDecimal("14252.60"), parts, 2, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("984.03"));
    }
}
