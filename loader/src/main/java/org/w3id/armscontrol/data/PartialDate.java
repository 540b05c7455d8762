package org.w3id.armscontrol.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: a day, a month or a year. It covers the half-open
 * period {@code [start, end)}, so "2025-09" is [2025-09-01, 2025-10-01).
 */
public record PartialDate(String lexical, Precision precision, LocalDate start, LocalDate end) {

    public enum Precision { DAY, MONTH, YEAR }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
     *
     * @return the date, or empty with {@code error[0]} set to the reason
     */
    public static Optional<PartialDate> parse(String text, String[] error) {
        try {
            if (DAY.matcher(text).matches()) {
                LocalDate d = LocalDate.parse(text);
                return Optional.of(new PartialDate(text, Precision.DAY, d, d.plusDays(1)));
            }
            if (MONTH.matcher(text).matches()) {
                YearMonth m = YearMonth.parse(text);
                return Optional.of(new PartialDate(text, Precision.MONTH, m.atDay(1), m.plusMonths(1).atDay(1)));
            }
            if (YEAR.matcher(text).matches()) {
                Year y = Year.parse(text);
                return Optional.of(new PartialDate(text, Precision.YEAR, y.atDay(1), y.plusYears(1).atDay(1)));
            }
            error[0] = "'" + text + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY";
        } catch (DateTimeException e) {
            error[0] = "impossible date '" + text + "'";
        }
        return Optional.empty();
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day.toString(), Precision.DAY, day, day.plusDays(1));
    }

    public boolean isDay() {
        return precision == Precision.DAY;
    }
}
