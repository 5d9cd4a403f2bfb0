package nl.naober.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The values of {@link CaseMonitoring}'s native query rows, as the figures need them (nulls, scales, enums). */
final class SqlValues {

    private SqlValues() {}

    static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }

    /** Values the code no longer knows are left out rather than failing the whole report. */
    static <E extends Enum<E>> void put(Map<E, Integer> counts, Class<E> type, Object name, int n) {
        E value = enumValue(type, name);
        if (value != null) {
            counts.merge(value, n, Integer::sum);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, Object name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toString().trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static int integer(Object value) {
        return value == null ? 0 : Math.toIntExact(((Number) value).longValue());
    }

    static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A percentile in days, 1 decimal. */
    static BigDecimal days(Object value) {
        return value == null ? null : decimal(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** An average rating, 2 decimals. */
    static BigDecimal average(Object value) {
        return value == null ? null : decimal(value).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal exact) {
            return exact;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    static BigDecimal divide(long numerator, long denominator, int scale) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }
}
