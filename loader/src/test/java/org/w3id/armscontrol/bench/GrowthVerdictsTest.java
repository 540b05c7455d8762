package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The growth section judges its three targets on the largest size with at least a million events,
 * and says "not measured" below that size rather than judging a smaller graph.
 */
class GrowthVerdictsTest {
    private static SyntheticGrowthBench.Row row(int agreements, long events, double load, Double tdbloader, double worstMedian, long heapPeak) {
        Map<String, Double> medians = new LinkedHashMap<>();
        medians.put("us-russia-treaties-in-force", worstMedian);
        medians.put("treaties-in-force party=us", 1.0);
        return new SyntheticGrowthBench.Row(agreements, events, events * 27, 1, load, tdbloader, medians,
                Map.of("us-russia-treaties-in-force", 20, "treaties-in-force party=us", 30), heapPeak, 2048);
    }

    private static List<String> results(String table) {
        return table.lines().skip(2).map(l -> l.substring(l.lastIndexOf('|', l.length() - 2) + 1, l.length() - 1).strip()).toList();
    }

    @Test
    void belowAMillionEventsNothingIsJudged() {
        String t = GrowthReport.verdicts(List.of(row(1000, 9_805, 10, 11.0, 60, 700)));
        assertEquals(List.of("not measured", "not measured", "not measured"), results(t));
        assertTrue(t.contains("9805 events"), t);
    }

    @Test
    void theLargestSizeAtAMillionEventsDecides() {
        String missed = GrowthReport.verdicts(List.of(row(1000, 9_805, 10, 11.0, 10, 700),
                row(102_000, 1_000_100, 1400, 1000.0, 61, 1900)));
        assertEquals(List.of("MISSED", "MISSED", "met"), results(missed));
        // Summed pool peaks above the cap do not fail a run that finished within it.
        assertEquals("met", results(GrowthReport.verdicts(List.of(row(102_000, 1_000_100, 1200, 1000.0, 49, 2321)))).get(2));
        assertTrue(missed.contains("1.40×"), missed);
        String met = GrowthReport.verdicts(List.of(row(102_000, 1_000_100, 1200, 1000.0, 49, 1900)));
        assertEquals(List.of("met", "met", "met"), results(met));
        String noLoader = GrowthReport.verdicts(List.of(row(102_000, 1_000_100, 1200, null, 49, 1900)));
        assertEquals("not measured", results(noLoader).get(1));
    }
}
