package nl.naober.web.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.format.support.FormattingConversionService;

class DutchNumbersTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "85.000,00       | 85000.00",
                "85000,00        | 85000.00",
                "85000           | 85000",
                "€ 85.000        | 85000",
                "€85.000,00      | 85000.00",
                "EUR 85.000,50   | 85000.50",
                "€ 85.000,-      | 85000",
                "85000.00        | 85000.00",
                "85000.5         | 85000.5",
                "1.250.000,75    | 1250000.75",
                "1.500           | 1500",
                "0,01            | 0.01",
                "12,5            | 12.5",
                "12.5            | 12.5",
                "'  85 000,00 '  | 85000.00",
                "-250,00         | -250.00",
                "-86,40          | -86.40", // issue 16: a credit note
                "−86,40          | -86.40", // the minus sign the screens write (U+2212)
                "€ −86,40        | -86.40",
                "-€ 86,40        | -86.40",
                "€ -1.250,00     | -1250.00",
                "007             | 7",
            })
    void readsWhatADutchPersonTypes(String text, String expected) {
        assertThat(DutchNumbers.parse(text)).isEqualByComparingTo(expected);
    }

    @Test
    void readsANonBreakingSpaceAsTheScreensWriteIt() {
        assertThat(DutchNumbers.parse("€\u00a085.000,00")).isEqualByComparingTo("85000.00");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "85,000", // 85 (Dutch) or 85 thousand (English)?
                "1,500",
                "85,000.00", // the English way round
                "1,234,567",
                "85.00.0",
                "85.0000",
                "8.5000,00",
                "85000.000", // a point with three digits after ungrouped digits
                ",50",
                "85,",
                "12a",
                "veel",
                "€",
                "1e5",
                "--5",
                "85 000 000,0,0",
            })
    void refusesWhatIsMalformedOrAmbiguous(String text) {
        assertThatThrownBy(() -> DutchNumbers.parse(text)).isInstanceOf(DutchNumbers.NotADutchNumber.class);
    }

    @Test
    void aBlankTextIsNoNumber() {
        assertThat(DutchNumbers.parse("  ")).isNull();
        assertThat(DutchNumbers.parse(null)).isNull();
    }

    @Test
    void givesMoneyTwoDecimalsAndLeavesMoreForTheFieldsRuleToRefuse() {
        assertThat(DutchNumbers.parse("85000", 2)).isEqualTo(new BigDecimal("85000.00"));
        assertThat(DutchNumbers.parse("12,50", 1)).isEqualTo(new BigDecimal("12.5"));
        assertThat(DutchNumbers.parse("12,5555", 2)).isEqualTo(new BigDecimal("12.5555"));
    }

    @Test
    void writesDutchNotation() {
        assertThat(DutchNumbers.print(new BigDecimal("85000.00"), 2)).isEqualTo("85.000,00");
        assertThat(DutchNumbers.print(new BigDecimal("85000"), 2)).isEqualTo("85.000,00");
        assertThat(DutchNumbers.print(new BigDecimal("1250000.5"), 2)).isEqualTo("1.250.000,50");
        assertThat(DutchNumbers.print(new BigDecimal("12.5"), 1)).isEqualTo("12,5");
        assertThat(DutchNumbers.print(new BigDecimal("12.555"), 2)).isEqualTo("12,555");
        assertThat(DutchNumbers.print(null, 2)).isEmpty();
    }

    @Test
    void whatIsWrittenIsReadBackAsTheSameNumber() {
        for (String value : new String[] {"0.01", "999.99", "85000.00", "1234567890.12"}) {
            BigDecimal number = new BigDecimal(value);
            assertThat(DutchNumbers.parse(DutchNumbers.print(number, 2), 2)).isEqualTo(number);
        }
    }

    /** The annotation reaches a form field through Spring's formatting, both ways. */
    static class Form {
        @DutchAmount
        BigDecimal amount;

        @DutchAmount(decimals = 1)
        BigDecimal percentage;
    }

    @Test
    void theAnnotationIsReadAndWrittenBySpringsConversion() throws NoSuchFieldException {
        FormattingConversionService conversion = new FormattingConversionService();
        new DutchAmountFormatting().addFormatters(conversion);
        var amount = new org.springframework.core.convert.TypeDescriptor(Form.class.getDeclaredField("amount"));
        var percentage = new org.springframework.core.convert.TypeDescriptor(Form.class.getDeclaredField("percentage"));
        var string = org.springframework.core.convert.TypeDescriptor.valueOf(String.class);
        assertThat(conversion.convert("85.000,00", string, amount)).isEqualTo(new BigDecimal("85000.00"));
        assertThat(conversion.convert(new BigDecimal("85000.00"), amount, string))
                .isEqualTo("85.000,00");
        assertThat(conversion.convert("12,5", string, percentage)).isEqualTo(new BigDecimal("12.5"));
        assertThatThrownBy(() -> conversion.convert("85,000", string, amount))
                .hasRootCauseInstanceOf(DutchNumbers.NotADutchNumber.class);
    }
}
