package org.w3id.armscontrol.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.armscontrol.bench.BenchmarksDoc;
import org.w3id.armscontrol.bench.GrowthReport;
import org.w3id.armscontrol.bench.StockFusekiJar;
import org.w3id.armscontrol.bench.SyntheticGrowthBench;
import org.w3id.armscontrol.query.QueryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = "Measure speed and write docs/BENCHMARKS.md. "
        + "--synthetic N[,N...]: growth over synthetic graphs of N agreements (about ten events each).")
final class BenchCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Option(names = "--synthetic", split = ",", paramLabel = "N", required = true,
            description = "Numbers of synthetic agreements, e.g. 1000,10000,100000.")
    List<Integer> synthetic;

    @Option(names = "--seed", defaultValue = "1", description = "The synthetic graph's seed (default 1).")
    long seed;

    @Option(names = "--runs", defaultValue = "15", description = "Timed runs of each query per size, after 3 warm-up runs (default 15).")
    int runs;

    @Option(names = "--fuseki-jar", description = "Stock jena-fuseki-server jar for tdb2.tdbloader (default: resolved with Maven).")
    Path fusekiJar;

    @Option(names = "--no-doc", description = "Print the table only; leave docs/BENCHMARKS.md alone.")
    boolean noDoc;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (int n : synthetic) if (n < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--synthetic: a size must be at least 1, not " + n);
        if (runs < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
        Path root = project.layout().root();
        Path work = project.layout().buildDir().resolve("bench");
        Optional<Path> jar = fusekiJar != null ? Optional.of(fusekiJar) : StockFusekiJar.find(work.resolve("lib"));
        PrintStream log = System.err;
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
