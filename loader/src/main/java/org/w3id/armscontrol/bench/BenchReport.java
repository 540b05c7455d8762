package org.w3id.armscontrol.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A finished run: the sections' results, the targets, and how it is written for a terminal and for docs/BENCHMARKS.md. */
public record BenchReport(String command, Instant date, Machine machine, Duration took, List<SectionResult> sections,
                          List<String> notes) {
    public static final String MET = "met";
    public static final String MISSED = "MISSED";
    public static final String NOT_MEASURED = "not measured";

    /** Every target of the issue, with what this run found, in the order; empty where no section measured it. */
    public Map<Target, Optional<TargetResult>> targets() {
        Map<Target, Optional<TargetResult>> out = new LinkedHashMap<>();
        for (Target t : Target.values()) out.put(t, Optional.empty());
        for (SectionResult s : sections) for (TargetResult r : s.targets()) out.put(r.target(), Optional.of(r));
        return out;
    }

    public Table targetTable(boolean withExplanation) {
        List<List<String>> rows = new ArrayList<>();
        for (var e : targets().entrySet()) {
            Target t = e.getKey();
            TargetResult r = e.getValue().orElse(null);
            String verdict = r == null ? NOT_MEASURED : r.met() ? MET : MISSED;
            String measured = r == null ? "not run: " + t.ifMissed : r.measured();
            List<String> row = new ArrayList<>(List.of(t.statement, measured, verdict));
            if (withExplanation) row.add(r != null && !r.met() ? t.ifMissed : "");
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("target", "measured", "result"));
        if (withExplanation) header.add("why missed, and what would reach it");
        return new Table(header, rows);
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        for (SectionResult r : sections) if (r.hasTable()) s.append('\n').append(r.title()).append('\n').append(r.table().text());
        s.append("\nTargets\n").append(targetTable(false).text());
        return s.toString();
    }

    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmarks\n\n");
        s.append("Written by `").append(command).append("`; run it again to replace this file. Absolute times on a shared ")
                .append("machine drift, so each measurement is made side by side with stock Fuseki in the same run and ")
                .append("compared as a ratio.\n\n");
        s.append("- command: `").append(command).append("`\n");
        s.append("- date: ").append(date.truncatedTo(ChronoUnit.SECONDS)).append('\n');
        s.append("- commit: ").append(machine.commit()).append('\n');
        s.append("- machine: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ")
                .append(machine.ram()).append(" RAM\n");
        s.append("- Java: ").append(machine.java()).append('\n');
        s.append("- run time: ").append(took.toSeconds()).append(" s\n");
        for (String n : notes) s.append("- note: ").append(n).append('\n');
        s.append("\n## Targets\n\n").append(targetTable(true).markdown());
        for (SectionResult r : sections) {
            if (!r.hasTable()) continue;
            s.append("\n## ").append(r.title()).append("\n\n").append(r.method()).append("\n\n").append(r.table().markdown());
        }
        return s.toString();
    }
}
