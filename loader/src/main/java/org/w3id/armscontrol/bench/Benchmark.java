package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Runs the sections in order in one go, and deletes the scratch folder afterwards (kept when a section fails). */
public final class Benchmark {
    /** The sections of a run, in order: the build first, while no server runs. */
    public static List<Section> standardSections() {
        return List.of(new BuildSection(), new StartupSection(), new HttpSection());
    }

    private Benchmark() {}

    public static BenchReport run(String command, BenchConfig config, List<Section> sections, List<String> notes) throws Exception {
        Instant start = Instant.now();
        Machine machine = Machine.describe(config.root());
        List<SectionResult> results = new ArrayList<>();
        try {
            for (Section s : sections) results.add(s.run(config));
        } catch (Exception | Error e) {
            config.progress("failed; the servers' logs are kept in " + config.work().resolve("logs"));
            throw e;
        }
        delete(config.work());
        Duration took = Duration.between(start, Instant.now());
        if (!config.quick() && sections.stream().map(Section::name).toList().containsAll(List.of("build", "startup", "http"))) {
            // Only a whole run is judged against the run-time target; a quick run is a smoke test.
            results.add(SectionResult.targetsOnly(List.of(new TargetResult(Target.RUN_TIME, took.toSeconds() < 300,
                    took.toSeconds() + " s for the whole run"))));
        }
        return new BenchReport(command, start, machine, took, results, notes);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
