package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.Jena;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.QueryCatalog;

/** A quick growth run on tiny sizes: the table's shape and what it counts, never its speed. */
class GrowthBenchTest {
    static final List<Integer> SIZES = List.of(40, 90);

    @Test
    void aQuickRunGivesOneWellFormedRowPerSize(@TempDir Path tmp) throws Exception {
        Optional<Path> jar = StockFusekiJar.local();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SyntheticGrowthBench bench = new SyntheticGrowthBench(tmp.resolve("work"), SyntheticGraphTest.ontology(),
                new QueryCatalog(TestProject.repository().resolve("queries")), jar, 2, 1, TestProject.STATUS_DATE,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String table = SyntheticGrowthBench.table(bench.run(SIZES));

        List<String> lines = table.lines().toList();
        assertEquals(2 + SIZES.size(), lines.size(), table);
        int columns = cells(lines.get(0)).length;
        assertEquals(7 + SyntheticGrowthBench.QUERIES.size() + 2, columns, lines.get(0));
        assertTrue(Arrays.stream(cells(lines.get(1))).allMatch(c -> c.equals("---:")), lines.get(1));
        for (int r = 0; r < SIZES.size(); r++) {
            String[] row = cells(lines.get(2 + r));
            assertEquals(columns, row.length, lines.get(2 + r));
            int n = SIZES.get(r);
            SyntheticGraph g = new SyntheticGraph(2, n, SyntheticGraphTest.ontology(), TestProject.STATUS_DATE);
            SyntheticGraph.Counts counts = g.write(q -> { });
            assertEquals(List.of(Integer.toString(n), Long.toString(counts.events()), Long.toString(counts.quads())),
                    List.of(row[0], row[1], row[2]));
            for (int c = 3; c <= 4; c++) assertTrue(Double.parseDouble(row[c]) >= 0, row[c]);
            if (jar.isPresent()) {
                // The times are printed to 0.1 s and the ratio to 0.01, from the unrounded times: the
                // ratio must lie within what the printed times allow.
                double ours = Double.parseDouble(row[4]), theirs = Double.parseDouble(row[5]), ratio = Double.parseDouble(row[6]);
                double low = Math.max(0, ours - 0.05) / (theirs + 0.05) - 0.005;
                double high = (ours + 0.05) / Math.max(0.0001, theirs - 0.05) + 0.005;
                assertTrue(low <= ratio && ratio <= high, "the ratio " + ratio + " is not ours over tdbloader's, " + ours + " / " + theirs);
            } else {
                assertEquals(List.of("n/a", "n/a"), List.of(row[5], row[6]));
            }
            // Each median names how many rows its query gave, and that is the generator's answer.
            for (int k = 0; k < SyntheticGrowthBench.QUERIES.size(); k++) {
                SyntheticGrowthBench.Measured m = SyntheticGrowthBench.QUERIES.get(k);
                String cell = row[7 + k];
                assertTrue(cell.matches("\\d+\\.\\d\\d \\(\\d+ rows\\)"), cell);
                LocalDate day = SyntheticGrowthBench.QUERY_DATE;
                Set<Node> expected = m.party() == null
                        ? g.inForce(day, Set.of(SyntheticGraph.US), Set.of(SyntheticGraph.RU, SyntheticGraph.SU))
                        : g.inForce(day, Set.of(m.party()));
                assertEquals(expected.size() + " rows)", cell.substring(cell.indexOf('(') + 1), m.label());
            }
            long peak = Long.parseLong(row[row.length - 2]);
            long max = Long.parseLong(row[row.length - 1]);
            assertTrue(peak > 0 && peak <= max, "heap peak " + peak + " of " + max);
        }
        assertFalse(Files.exists(tmp.resolve("work").resolve("synthetic-40")), "the bench leaves its files behind");
    }

    @Test
    void theStockFusekiVersionIsTheJenaWeRun() {
        assertEquals(Jena.VERSION, StockFusekiJar.VERSION);
    }

    @Test
    void aSectionIsReplacedInPlaceAndTheOthersKept(@TempDir Path tmp) throws Exception {
        Path doc = tmp.resolve("docs/BENCHMARKS.md");
        BenchmarksDoc.putSection(doc, "Growth", "first table");
        assertEquals("# Benchmarks\n\n## Growth\n\nfirst table\n", Files.readString(doc));
        Files.writeString(doc, "# Benchmarks\n\n## Start-up\n\nkept\n\n## Growth\n\nold table\n\n## The in-force plan\n\nkept too\n");
        BenchmarksDoc.putSection(doc, "Growth", "new table");
        assertEquals("# Benchmarks\n\n## Start-up\n\nkept\n\n## Growth\n\nnew table\n\n## The in-force plan\n\nkept too\n", Files.readString(doc));
    }

    private static String[] cells(String line) {
        String inner = line.strip();
        return Arrays.stream(inner.substring(1, inner.length() - 1).split("\\|")).map(String::strip).toArray(String[]::new);
    }
}
