package org.w3id.armscontrol.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Start-up: from launching a server to its first answered query, {@code ./kg serve} (as the
 * launcher runs it, on a copy of the current build) and stock Fuseki (on a TDB2 copy of it) taking turns,
 * several times each; the medians and their ratio.
 */
public final class StartupSection implements Section {
    @Override
    public String name() {
        return "startup";
    }

    @Override
    public SectionResult run(BenchConfig config) throws Exception {
        List<ServerLauncher> servers = List.of(
                new KgServeLauncher(config.kgCommand(), ServedCopy.in(config, "kg-cached"), config.projectArgs(), List.of(KgCommand.LAUNCHER_HEAP), true),
                StockFuseki.prepare(config));
        List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < config.startupRuns(); run++) {
            for (int i = 0; i < servers.size(); i++) {
                ServerLauncher s = servers.get(i);
                config.progress("startup: " + s.name() + ", run " + (run + 1) + " of " + config.startupRuns());
                millis.get(i).add(timeToFirstAnswer(s, config));
            }
        }
        double kg = Median.of(millis.get(0));
        double stock = Median.of(millis.get(1));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            double median = Median.of(millis.get(i));
            rows.add(List.of(servers.get(i).name(),
                    millis.get(i).stream().map(v -> Numbers.fixed(v, 0)).collect(Collectors.joining(", ")),
                    Numbers.fixed(median, 0), Numbers.ratio(median / stock)));
        }
        double ratio = kg / stock;
        return new SectionResult("Start-up", "From starting the process to the first answered `" + FirstAnswer.PROBE
                + "` on its SPARQL endpoint (polled every 5 ms), " + config.startupRuns() + " runs each, taking turns. "
                + "`./kg serve` with the launcher's " + KgCommand.LAUNCHER_HEAP + " on a copy of the current build (as stock Fuseki runs on one); stock Fuseki as "
                + "`java -jar jena-fuseki-server-" + StockFusekiJar.VERSION + ".jar --loc=COPY /arms-control`.",
                new Table(List.of("server", "runs (ms)", "median ms", "×stock"), rows),
                List.of(new TargetResult(Target.STARTUP, ratio <= 1.2, "median " + Numbers.fixed(kg, 0) + " ms vs "
                        + Numbers.fixed(stock, 0) + " ms: " + Numbers.ratio(ratio))));
    }

    private static double timeToFirstAnswer(ServerLauncher server, BenchConfig config) throws Exception {
        int port = FreePort.pick();
        long start = System.nanoTime();
        try (ChildProcess p = server.start(port, config.work().resolve("logs"))) {
            FirstAnswer.await(p, server.sparqlUrl(port));
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
