package org.w3id.armscontrol.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.KgCli;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.NamedQuery;

/**
 * {@code ./kg bench --quick} against real servers (./kg serve children and stock Fuseki from
 * Maven, on free ports) on the shared build: the HTTP table has a row for every named query
 * with positive numbers on every side, start-up has positive medians, and the Markdown report is
 * well formed (the run's facts, every target with a verdict, tables whose rows fit their
 * headers). No speed is asserted: this is a smoke run on a shared machine.
 */
class BenchSmokeTest {
    @TempDir Path tmp;

    @Test
    void aQuickRunMeasuresEveryNamedQueryAndWritesAWellFormedReport() throws Exception {
        Assumptions.assumeTrue(onPath("wrk"), "wrk is not installed (Debian: apt-get install wrk): the bench's load generator");
        SharedBuild shared = SharedBuild.get();
        Path report = tmp.resolve("BENCHMARKS.md");
        KgCli.Run run = KgCli.run("bench", "--quick", "--root", shared.project.root.toString(),
                "--status-date", TestProject.STATUS_DATE.toString(), "--output", report.toString());
        assertEquals(0, run.exit(), run.err());

        Set<String> names = new TreeSet<>();
        for (NamedQuery q : shared.catalog().all()) names.add(q.name());
        for (String name : names) assertTrue(run.out().contains(name), "the printed table names " + name);

        String md = Files.readString(report, UTF_8);
        assertTrue(md.startsWith("# Benchmarks\n"), md);
        for (String fact : List.of("- command: `./kg bench --quick", "- date: 20", "- commit: ", "- machine: ", "- Java: ")) {
            assertTrue(md.contains("\n" + fact), "the report records " + fact);
        }
        Map<String, Table> tables = tables(md);
        assertEquals(List.of("Targets", "Start-up", "Latency and throughput over HTTP"), List.copyOf(tables.keySet()));

        Table targets = tables.get("Targets");
        assertEquals(Target.values().length, targets.rows().size());
        for (int i = 0; i < Target.values().length; i++) {
            List<String> row = targets.rows().get(i);
            assertEquals(Target.values()[i].statement, row.get(0));
            assertTrue(Set.of(BenchReport.MET, BenchReport.MISSED, BenchReport.NOT_MEASURED).contains(row.get(2)), row.toString());
        }

        Table startup = tables.get("Start-up");
        assertEquals(2, startup.rows().size());
        for (List<String> row : startup.rows()) assertTrue(number(row.get(2)) > 0, "a start-up median: " + row);

        Table http = tables.get("Latency and throughput over HTTP");
        Set<String> measured = new TreeSet<>();
        for (List<String> row : http.rows()) {
            measured.add(row.get(0));
            assertEquals("1", row.get(1), "a quick run uses one client");
            assertTrue(row.get(2).matches("\\d+"), "every side gives the same number of rows: " + row);
            for (int i = 0; i < http.header().size(); i++) {
                String column = http.header().get(i);
                if (column.endsWith("median ms") || column.endsWith("p99 ms") || column.endsWith("req/s")) {
                    assertTrue(number(row.get(i)) > 0, column + " of " + row.get(0) + ": " + row.get(i));
                }
            }
        }
        assertEquals(names, measured, "one row per named query");
        assertEquals(names.size(), http.rows().size());
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    /** The leading number of a cell ("1.25", "340 (2 failed)", "0.81 (n=8)"). */
    private static double number(String cell) {
        return Double.parseDouble(cell.split(" ")[0]);
    }

    /** Every table under its "## " heading; fails on a row whose cells do not fit the header or a missing separator. */
    private static Map<String, Table> tables(String md) {
        Map<String, Table> out = new LinkedHashMap<>();
        String heading = null;
        List<String> lines = md.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) heading = line.substring(3);
            if (!line.startsWith("|")) continue;
            List<String> header = cells(line);
            assertTrue(lines.get(i + 1).matches("\\|(---\\|)+"), "a separator under the header of " + heading);
            assertEquals(header.size(), cells(lines.get(i + 1)).size(), "the separator of " + heading);
            List<List<String>> rows = new ArrayList<>();
            int j = i + 2;
            for (; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                List<String> row = cells(lines.get(j));
                assertEquals(header.size(), row.size(), "a row of " + heading + ": " + lines.get(j));
                rows.add(row);
            }
            out.put(heading, new Table(header, rows));
            i = j;
        }
        return out;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) out.add(c.strip().replace("\\|", "|"));
        return out;
    }
}
