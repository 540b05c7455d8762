package org.w3id.armscontrol.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.armscontrol.data.PartialDate.Precision;

/** A date as precise as its source, covering the half-open period [start, end). */
class PartialDateTest {

    private static PartialDate ok(String text) {
        String[] error = new String[1];
        Optional<PartialDate> d = PartialDate.parse(text, error);
        assertTrue(d.isPresent(), () -> "'" + text + "' was refused: " + error[0]);
        assertNull(error[0], "no error for a good date");
        return d.get();
    }

    private static String refused(String text) {
        String[] error = new String[1];
        Optional<PartialDate> d = PartialDate.parse(text, error);
        assertTrue(d.isEmpty(), () -> "'" + text + "' was accepted as " + d.get());
        return error[0];
    }

    @Test
    void day() {
        PartialDate d = ok("2025-09-22");
        assertEquals(new PartialDate("2025-09-22", Precision.DAY, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 23)), d);
        assertTrue(d.isDay());
    }

    @Test
    void month() {
        PartialDate d = ok("2025-09");
        assertEquals(new PartialDate("2025-09", Precision.MONTH, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1)), d);
        assertEquals(false, d.isDay());
    }

    @Test
    void year() {
        PartialDate d = ok("2025");
        assertEquals(new PartialDate("2025", Precision.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)), d);
        assertEquals(false, d.isDay());
    }

    /** The end is the first day after the period, for each precision, across month and year ends. */
    @ParameterizedTest(name = "{0} → [{1}, {2})")
    @CsvSource({
            "2023-12-31, 2023-12-31, 2024-01-01",
            "2024-02-28, 2024-02-28, 2024-02-29",
            "2024-02-29, 2024-02-29, 2024-03-01",
            "2023-02-28, 2023-02-28, 2023-03-01",
            "2024-02,    2024-02-01, 2024-03-01",
            "2023-02,    2023-02-01, 2023-03-01",
            "2024-12,    2024-12-01, 2025-01-01",
            "2024-04,    2024-04-01, 2024-05-01",
            "1991,       1991-01-01, 1992-01-01",
            "2024,       2024-01-01, 2025-01-01",
    })
    void halfOpenEnd(String text, LocalDate start, LocalDate end) {
        PartialDate d = ok(text);
        assertEquals(text, d.lexical());
        assertEquals(start, d.start());
        assertEquals(end, d.end());
    }

    @Test
    void leapDayOnlyInALeapYear() {
        assertEquals(LocalDate.of(2024, 2, 29), ok("2024-02-29").start());
        assertEquals("impossible date '2023-02-29'", refused("2023-02-29"));
        assertEquals(LocalDate.of(2000, 2, 29), ok("2000-02-29").start());
        assertEquals("impossible date '1900-02-29'", refused("1900-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-04-31", "2023-13", "2023-00", "2023-13-01", "2023-01-32", "2023-01-00", "2023-00-10"})
    void impossibleDates(String text) {
        assertEquals("impossible date '" + text + "'", refused(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "2023/02/01", "2023-2-1", "2023-02-1", "23-02-01", "20230201", "02-2023",
            "2023-02-01T00:00", "2023-W05", "12025", "2023-02-01 ", "early 2023", "２０２３"})
    void garbage(String text) {
        assertEquals("'" + text + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY", refused(text));
    }

    @Test
    void ofDayIsADayPrecisionDate() {
        assertEquals(ok("2026-02-05"), PartialDate.ofDay(LocalDate.of(2026, 2, 5)));
    }
}
