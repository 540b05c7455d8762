package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.store.BuildStore;

/**
 * Latency and throughput over loopback for every named query, side by side: the same SPARQL on
 * stock Fuseki, on {@code ./kg serve}'s SPARQL endpoint, and the named-query API with its result
 * cache on and then off. {@code ./kg serve} runs with -Xmx512m here, which also checks that
 * target. Each measurement of a query on stock Fuseki is made next to the same on ./kg serve,
 * so drift on a shared machine touches both alike.
 */
public final class HttpSection implements Section {
    static final String SERVE_HEAP = "-Xmx512m";
    /** The sides of each row, in the order of the table. */
    enum Side { STOCK, KG_SPARQL, API_CACHED, API_UNCACHED }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public SectionResult run(BenchConfig config) throws Exception {
        Wrk wrk = Wrk.find(config.work().resolve("wrk"))
                .orElseThrow(() -> new IOException("wrk is not installed (Debian: apt-get install wrk)"));
        StockFuseki stock = StockFuseki.prepare(config);
        // Each ./kg serve on a copy of its own, so both query TDB2, as stock Fuseki does.
        KgServeLauncher cached = new KgServeLauncher(config.kgCommand(), ServedCopy.in(config, "kg-cached"), config.projectArgs(), List.of(SERVE_HEAP), true);
        KgServeLauncher uncached = new KgServeLauncher(config.kgCommand(), ServedCopy.in(config, "kg-uncached"), config.projectArgs(), List.of(SERVE_HEAP), false);
        int warm = config.quick() ? 1 : 10;

        Map<String, Map<Integer, Map<Side, LoadResult>>> results = new LinkedHashMap<>();
        Map<String, Map<Side, String>> rows = new LinkedHashMap<>();
        Map<String, Map<Side, Double>> single = new LinkedHashMap<>();
        long peakKb = 0;
        boolean serversSurvived = true;
        long waitedMillis = 0;
        // All three servers run at once, so the four measurements of a query at a client count are
        // made one after the other; each begins when every server is idle (IdleServers).
        int stockPort = FreePort.pick(), cachedPort = FreePort.pick(), uncachedPort = FreePort.pick();
        long starting = System.nanoTime();
        config.progress("http: starting stock Fuseki and two ./kg serve (with and without the result cache)");
        try (ChildProcess stockServer = stock.start(stockPort, config.work().resolve("logs"));
             ChildProcess kgCached = cached.start(cachedPort, config.work().resolve("logs"));
             ChildProcess kgUncached = uncached.start(uncachedPort, config.work().resolve("logs"))) {
            // The queries are read and bound while the servers start.
            DatasetGraph ds = BuildStore.readDump(config.dump());
            List<BenchQuery> queries = BenchQuery.all(new QueryCatalog(config.queries()), ds);
            for (BenchQuery q : queries) {
                results.put(q.name(), new LinkedHashMap<>());
                rows.put(q.name(), new LinkedHashMap<>());
                single.put(q.name(), new LinkedHashMap<>());
                for (int c : config.clients()) results.get(q.name()).put(c, new LinkedHashMap<>());
            }
            FirstAnswer.await(stockServer, stock.sparqlUrl(stockPort));
            FirstAnswer.await(kgCached, cached.sparqlUrl(cachedPort));
            FirstAnswer.await(kgUncached, uncached.sparqlUrl(uncachedPort));
            config.progress("http: all three answer, " + (System.nanoTime() - starting) / 1_000_000 + " ms after they were started");
            List<ChildProcess> servers = List.of(stockServer, kgCached, kgUncached);
            Map<String, Map<Side, HttpTarget>> targets = new LinkedHashMap<>();
            for (BenchQuery q : queries) {
                targets.put(q.name(), Map.of(
                        Side.STOCK, HttpTarget.sparql(stock.sparqlUrl(stockPort), q.sparql()),
                        Side.KG_SPARQL, HttpTarget.sparql(cached.sparqlUrl(cachedPort), q.sparql()),
                        Side.API_CACHED, api(cached, cachedPort, q),
                        Side.API_UNCACHED, api(uncached, uncachedPort, q)));
            }
            // One untimed pass over everything first, so the first query measured does not meet
            // colder servers than the last.
            config.progress("http: one untimed request per query and side");
            untimedPass(targets);
            for (BenchQuery q : queries) {
                config.progress("http: " + q.name() + " (stock, ./kg serve SPARQL, API with and without cache)");
                long queryBegan = System.nanoTime(), waitedBefore = waitedMillis;
                Map<Side, HttpTarget> t = targets.get(q.name());
                // Warming up is not measured, but it plans the cells: it waits for the previous
                // query's leftover work once (one side's warm-up leaves at most one request behind).
                waitedMillis += IdleServers.await(servers);
                for (Side side : Side.values()) {
                    Warmup.Seen seen = Warmup.run(t.get(side), warm);
                    rows.get(q.name()).put(side, seen.rows());
                    single.get(q.name()).put(side, seen.fastestSeconds());
                }
                for (int c : config.clients()) {
                    for (Side side : Side.values()) {
                        long millis = side == Side.API_CACHED ? CellPlan.cached(config) : CellPlan.millis(config, c, single.get(q.name()).get(side));
                        waitedMillis += IdleServers.await(servers);
                        // The cached API's requests take well under a millisecond: nothing worth draining.
                        LoadResult r = side == Side.API_CACHED ? wrk.run(t.get(side), c, millis) : wrk.runAndDrain(t.get(side), c, millis);
                        // A cell stretched for a slow query holds few answers per client: Little's law.
                        results.get(q.name()).get(c).put(side, millis > CellPlan.base(config) ? r.byLittlesLaw(c) : r);
                    }
                }
                config.progress("http: " + q.name() + " took " + (System.nanoTime() - queryBegan) / 1_000_000 + " ms, "
                        + (waitedMillis - waitedBefore) + " ms of it waiting for idle servers");
            }
            for (ChildProcess kg : List.of(kgCached, kgUncached)) {
                serversSurvived &= kg.isAlive() && !kg.errTail().contains("OutOfMemoryError");
                peakKb = Math.max(peakKb, kg.peakRssKb().orElse(0));
            }
        }
        config.progress("http: waited " + waitedMillis / 1000 + " s in all for servers to finish earlier work");
        return report(config, results, rows, peakKb, serversSurvived);
    }

    /**
     * One request per query and side, stock Fuseki and each ./kg serve in parallel (each server
     * is asked one request at a time), so a cold start costs the slowest server's time, not the sum.
     */
    private static void untimedPass(Map<String, Map<Side, HttpTarget>> targets) throws Exception {
        List<List<Side>> byServer = List.of(List.of(Side.STOCK), List.of(Side.KG_SPARQL, Side.API_CACHED), List.of(Side.API_UNCACHED));
        ExecutorService pool = Executors.newFixedThreadPool(byServer.size());
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (List<Side> sides : byServer) {
                done.add(pool.submit(() -> {
                    for (Map<Side, HttpTarget> t : targets.values()) for (Side side : sides) Warmup.run(t.get(side), 1);
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) throw cause;
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpTarget api(KgServeLauncher kg, int port, BenchQuery q) {
        return HttpTarget.get(kg.apiUrl(port) + q.name() + (q.apiQueryString().isEmpty() ? "" : "?" + q.apiQueryString()));
    }

    private static SectionResult report(BenchConfig config, Map<String, Map<Integer, Map<Side, LoadResult>>> results,
                                        Map<String, Map<Side, String>> rows, long peakKb, boolean survived) {
        List<List<String>> table = new ArrayList<>();
        long errors = 0;
        double worstCached = Double.MAX_VALUE, worstUncached = Double.MAX_VALUE;
        String worstCachedAt = "", worstUncachedAt = "";
        boolean cachedDecided = false;
        LoadResult headline = null;
        for (var byQuery : results.entrySet()) {
            String name = byQuery.getKey();
            for (var byClients : byQuery.getValue().entrySet()) {
                int c = byClients.getKey();
                Map<Side, LoadResult> r = byClients.getValue();
                LoadResult stock = r.get(Side.STOCK);
                List<String> cells = new ArrayList<>(List.of(name, Integer.toString(c), rowCount(rows.get(name))));
                for (Side side : Side.values()) {
                    LoadResult x = r.get(side);
                    errors += x.errors();
                    // A cell stretched for a slow query says how long it ran (wrk's own clock, a little over the plan).
                    cells.add(Numbers.fixed(x.medianMillis(), 2) + (x.littlesLaw()
                            ? " (" + Numbers.fixed(x.millis() / 1000.0, 1) + " s)" : ""));
                    cells.add(Numbers.fixed(x.p99Millis(), 2));
                    cells.add(Numbers.fixed(x.requestsPerSecond(), x.requestsPerSecond() < 10 ? 1 : 0)
                            + (x.errors() > 0 ? " (" + x.errors() + " failed)" : ""));
                    if (side != Side.STOCK) cells.add(Numbers.ratio(x.requestsPerSecond() / stock.requestsPerSecond()));
                }
                table.add(cells);
                double cachedRatio = r.get(Side.API_CACHED).requestsPerSecond() / stock.requestsPerSecond();
                double uncachedRatio = r.get(Side.API_UNCACHED).requestsPerSecond() / stock.requestsPerSecond();
                if (c >= 8) {
                    cachedDecided = true;
                    if (cachedRatio < worstCached) {
                        worstCached = cachedRatio;
                        worstCachedAt = name + " at " + c + " clients";
                    }
                }
                if (uncachedRatio < worstUncached) {
                    worstUncached = uncachedRatio;
                    worstUncachedAt = name + " at " + c + " clients";
                }
                if (name.equals(BenchQuery.HEADLINE) && c == 1) headline = r.get(Side.API_CACHED);
            }
        }
        List<String> header = new ArrayList<>(List.of("query", "clients", "rows"));
        for (String side : List.of("stock", "kg SPARQL", "API cached", "API uncached")) {
            header.add(side + " median ms");
            header.add(side + " p99 ms");
            header.add(side + " req/s");
            if (!side.equals("stock")) header.add(side + " ×stock");
        }
        List<TargetResult> targets = new ArrayList<>();
        if (cachedDecided) {
            targets.add(new TargetResult(Target.THROUGHPUT_CACHED, worstCached >= 3,
                    "lowest API-with-cache ÷ stock throughput at 8+ clients: " + Numbers.ratio(worstCached) + " (" + worstCachedAt + ")"));
        }
        targets.add(new TargetResult(Target.THROUGHPUT_UNCACHED, worstUncached >= 1,
                "lowest API-without-cache ÷ stock throughput: " + Numbers.ratio(worstUncached) + " (" + worstUncachedAt + ")"));
        if (headline != null) {
            targets.add(new TargetResult(Target.HEADLINE_MEDIAN, headline.medianMillis() < 2,
                    "median " + Numbers.fixed(headline.medianMillis(), 2) + " ms through /api/queries with the cache"));
        }
        targets.add(new TargetResult(Target.SERVE_HEAP, survived,
                (survived ? "both ./kg serve runs stayed up without OutOfMemoryError" : "a ./kg serve run died or ran out of heap")
                        + " under every load above; peak RSS " + Numbers.fixed(peakKb / 1024.0, 0) + " MB; "
                        + errors + " failed requests in all (any side)"));
        String method = "wrk, one thread, N connections on loopback, "
                + Numbers.fixed(CellPlan.base(config) / 1000.0, 1) + " s of sending per cell; then no connection sends again and the "
                + "cell ends when the answers still owed have arrived (they are counted, and nothing is left running on the server). "
                + "The API with its cache, which answers thousands of requests a second from stored bytes, sends for "
                + Numbers.fixed(CellPlan.cached(config) / 1000.0, 2) + " s and is stopped by SIGINT (wrk then ends its run and prints "
                + "its statistics). Each side is measured after "
                + (config.quick() ? 1 : 10) + " untimed requests (or " + Warmup.MAX_NANOS / 1_000_000 + " ms of them) per query and side. All three servers run at once; "
                + "each measurement starts only when all of them are idle (under " + Math.round(IdleServers.QUIET_SHARE * 100) + "% of a core for "
                + IdleServers.SPELL_MILLIS + " ms), since a server goes on "
                + "working after a burst (compiling, collecting garbage, finishing a cached answer), and that work would otherwise land on the next measurement. Named queries with their `# example:` "
                + "parameters, answered as SPARQL JSON; the SPARQL sides get the same query with the parameters substituted "
                + "as the API substitutes them (where Jena cannot write that back as text, as VALUES rows first in the query "
                + "and in each subquery that passes them on), POSTed as a form. `./kg serve` runs with " + SERVE_HEAP + " and a query timeout of "
                + KgServeLauncher.TIMEOUT_MILLIS + " ms (stock Fuseki has none); each of the three servers on a "
                + "TDB2 copy of the same build of its own. ×stock is requests per second over stock Fuseki's on the same query and clients; "
                + "rows is each side's answer size (all sides must agree). A median marked (N s) is a slow query's: that cell "
                + "ran N seconds (sending for about half an answer per client, then answering the requests in flight: about one and a "
                + "half answers per client), and its requests per second are "
                + "clients ÷ mean latency (Little's law) rather than answers ÷ time: many clients sharing two cores finish "
                + "their requests in waves, so whether time is up just before or just after a wave would change the count "
                + "by a whole wave, while the latencies of the answers that arrived do not depend on it. Failed requests (status ≥ 400 or a socket error; under load `./kg serve` answers 503 when "
                + "more queries, ad-hoc or named-query cache misses, wait for a turn than its limit allows) are not counted as throughput.";
        return new SectionResult("Latency and throughput over HTTP", method, new Table(header, table), targets);
    }

    /** The answer's row count, or every side's if they differ (then the comparison is void for that query). */
    private static String rowCount(Map<Side, String> rows) {
        if (rows.values().stream().distinct().count() == 1) return rows.values().iterator().next();
        return "differ: " + rows;
    }
}
