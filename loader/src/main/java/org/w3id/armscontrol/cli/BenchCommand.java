package org.w3id.armscontrol.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.armscontrol.bench.BenchConfig;
import org.w3id.armscontrol.bench.BenchReport;
import org.w3id.armscontrol.bench.Benchmark;
import org.w3id.armscontrol.bench.BenchmarksDoc;
import org.w3id.armscontrol.bench.GrowthReport;
import org.w3id.armscontrol.bench.StockFusekiJar;
import org.w3id.armscontrol.bench.SyntheticGrowthBench;
import org.w3id.armscontrol.bench.KgCommand;
import org.w3id.armscontrol.bench.Section;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.store.BuildStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = {
        "Measure the server side by side with stock Fuseki " + "5.6.0 (start-up, latency and throughput over HTTP for "
                + "every named query, with the result cache on and off) and the build (time, peak memory); print a table "
                + "and write docs/BENCHMARKS.md.",
        "Needs wrk (Debian: apt-get install wrk); stock Fuseki's jar comes from Maven. A full run takes about 5½ minutes "
                + "on 2 idle cores; --quick is a smoke run of about a minute (no build, one client, half a second each).",
        "--synthetic N[,N...] instead measures growth: load time against tdb2.tdbloader and the in-force queries' "
                + "medians over synthetic graphs of N agreements (about ten events each), in docs/BENCHMARKS.md's Growth section."})
final class BenchCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Option(names = "--quick", description = "A smoke run: one client, half a second per measurement, one start of each "
            + "server, no build; written to build/bench/BENCHMARKS.md unless --output says otherwise.")
    boolean quick;

    @Option(names = "--duration", defaultValue = "0.4", paramLabel = "SECONDS",
            description = "Seconds each load measurement runs, at least 0.1 (default: ${DEFAULT-VALUE}; a slow query's runs longer).")
    double seconds;

    @Option(names = "--clients", split = ",", paramLabel = "N", description = "Concurrent clients (default: 1,8,32; --quick: 1).")
    List<Integer> clients;

    @Option(names = "--startup-runs", defaultValue = "3", paramLabel = "N", description = "Timed starts of each server (default: ${DEFAULT-VALUE}; --quick: 1).")
    int startupRuns;

    @Option(names = "--fuseki-jar", paramLabel = "JAR", description = "Stock Fuseki's jar (default: jena-fuseki-server 5.6.0 from Maven).")
    Path fusekiJar;

    @Option(names = "--output", paramLabel = "FILE", description = "Where the Markdown report goes (default: docs/BENCHMARKS.md; --quick: build/bench/BENCHMARKS.md).")
    Path output;

    @Option(names = "--note", paramLabel = "TEXT", description = "A line to record with the run (e.g. what else the machine was doing); may be repeated.")
    List<String> notes = new ArrayList<>();

    @Option(names = "--synthetic", split = ",", paramLabel = "N",
            description = "Growth instead: numbers of synthetic agreements, e.g. 1000,10000,100000.")
    List<Integer> synthetic;

    @Option(names = "--seed", defaultValue = "1", description = "With --synthetic: the synthetic graph's seed (default 1).")
    long seed;

    @Option(names = "--runs", defaultValue = "15", description = "With --synthetic: timed runs of each query per size, after 3 warm-up runs (default 15).")
    int runs;

    @Option(names = "--no-doc", description = "With --synthetic: print the table only; leave docs/BENCHMARKS.md alone.")
    boolean noDoc;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (synthetic != null) return growth();
        var err = spec.commandLine().getErr();
        if (!(seconds >= 0.1)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--duration: at least 0.1 seconds");
        if (startupRuns < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--startup-runs: at least 1");
        List<Integer> counts = clients != null ? clients : quick ? List.of(1) : List.of(1, 8, 32);
        if (counts.isEmpty() || counts.stream().anyMatch(c -> c < 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--clients: each count must be at least 1");
        }
        BuildStore store = project.store();
        Path build;
        try {
            build = project.builder().ensureBuilt();
        } catch (InvalidInputException e) {
            ProjectOptions.report(e, err);
            return Kg.EXIT_INVALID_DATA;
        }
        Path root = project.layout().root();
        Path work = Files.createTempDirectory("kg-bench-");
        BenchConfig config = new BenchConfig(root, store.dump(build), store.database(build), project.layout().queries(),
                KgCommand.ofThisProcess(), project.statusDate == null ? List.of() : List.of("--status-date", project.statusDate.toString()), quick, Math.round(seconds * 1000), List.copyOf(counts), quick ? 1 : startupRuns,
                Optional.ofNullable(fusekiJar).map(Path::toAbsolutePath), work, err);
        List<Section> sections = quick
                ? Benchmark.standardSections().stream().filter(s -> !s.name().equals("build")).toList()
                : Benchmark.standardSections();
        // The original arguments are the whole command line, "bench" included.
        String command = "./kg " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        BenchReport report = Benchmark.run(command, config, sections, notes);
        var out = spec.commandLine().getOut();
        out.print(report.text());
        Path file = output != null ? output.toAbsolutePath()
                : root.resolve(quick ? "build/bench/BENCHMARKS.md" : "docs/BENCHMARKS.md");
        // The sections this run does not write (growth, the in-force plan) are kept, and the Targets
        // table takes the growth verdicts from the kept Growth section.
        String previous = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        BenchmarksDoc.write(file, GrowthReport.carryVerdicts(BenchmarksDoc.keepOtherSections(previous, report.markdown())));
        out.println();
        out.println("Written: " + project.layout().display(file));
        out.flush();
        return Kg.EXIT_OK;
    }

    /** {@code --synthetic}: growth over synthetic graphs, written as docs/BENCHMARKS.md's Growth section. */
    private Integer growth() throws Exception {
        for (int n : synthetic) if (n < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--synthetic: a size must be at least 1, not " + n);
        if (runs < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
        Path root = project.layout().root();
        Path work = project.layout().buildDir().resolve("bench");
        Optional<Path> jar = fusekiJar != null ? Optional.of(fusekiJar) : StockFusekiJar.find(work.resolve("lib"));
        var log = System.err;
        if (jar.isEmpty()) log.println("bench: stock Fuseki's jar could not be resolved; tdb2.tdbloader is not measured");
        LocalDate status = project.statusDate != null ? project.statusDate : LocalDate.now();
        SyntheticGrowthBench bench = new SyntheticGrowthBench(work, GrowthReport.ontology(project.layout().ontology()),
                new QueryCatalog(project.layout().queries()), jar, seed, runs, status, log);
        List<SyntheticGrowthBench.Row> rows = bench.run(synthetic);
        String report = GrowthReport.section(rows, "./kg bench --synthetic " + String.join(",", synthetic.stream().map(String::valueOf).toList())
                + (seed != 1 ? " --seed " + seed : ""), root);
        spec.commandLine().getOut().println(report);
        spec.commandLine().getOut().flush();
        if (!noDoc) BenchmarksDoc.putSection(root.resolve("docs").resolve("BENCHMARKS.md"), GrowthReport.HEADING, report);
        return Kg.EXIT_OK;
    }
}
