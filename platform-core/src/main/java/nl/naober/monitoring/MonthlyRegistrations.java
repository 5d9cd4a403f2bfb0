package nl.naober.monitoring;

import java.time.YearMonth;

/**
 * Registrations in one calendar month of the period; every month that overlaps the period has a row, zero months
 * too. The first and last month only count the days inside the period.
 *
 * @param month the calendar month
 * @param families families whose {@code registration_date} is in this month and in the period
 * @param supportFamilies support families whose {@code registration_date} (the day it registered, which may lie before
 *     the day it was entered) is in this month and in the period
 */
public record MonthlyRegistrations(YearMonth month, int families, int supportFamilies) {}
