package org.w3id.armscontrol.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.store.BulkLoad;

/**
 * {@code ./kg bench --synthetic N,...}: for each size, a synthetic graph ({@link SyntheticGraph})
 * loaded into TDB2 the way a build loads ({@link BulkLoad}: each named-graph quad and its
 * default-graph copy, through Jena's phased loader) and, side by side, by Jena's own {@code tdb2.tdbloader} run as users run it
 * (its own JVM, the same quads); then the in-force named queries' median over our database and
 * the heap this JVM used. A measurement, not a test: nothing here asserts a speed.
 */
public final class SyntheticGrowthBench {
    /** The day the in-force queries ask about: most synthetic agreements have begun by then. */
    public static final LocalDate QUERY_DATE = LocalDate.of(2010, 6, 1);
    /** The measured queries: name, then its parameters. */
    public static final List<Measured> QUERIES = List.of(
            new Measured("us-russia-treaties-in-force", null),
            new Measured("treaties-in-force", SyntheticGraph.US),
            new Measured("treaties-in-force", SyntheticGraph.state(2)));

    /** A named query with its party, if it takes one. */
    public record Measured(String query, Node party) {
        public String label() {
            if (party == null) return query;
            String p = party.getURI();
            return query + " party=" + p.substring(p.lastIndexOf('/') + 1);
        }
    }

    /** One size's measurements; a missing tdbloader time is null. */
    public record Row(int agreements, long events, long quads, double generateSeconds, double loadSeconds,
                      Double tdbloaderSeconds, Map<String, Double> medianMillis, Map<String, Integer> answers,
                      long heapPeakMb, long heapMaxMb) {}

    private final Path workDir;
    private final Graph ontology;
    private final QueryCatalog catalog;
    private final Optional<Path> fusekiJar;
    private final long seed;
    private final int runs;
    private final LocalDate statusDate;
    private final PrintStream log;

    public SyntheticGrowthBench(Path workDir, Graph ontology, QueryCatalog catalog, Optional<Path> fusekiJar,
                                long seed, int runs, LocalDate statusDate, PrintStream log) {
        this.workDir = workDir;
        this.ontology = ontology;
        this.catalog = catalog;
        this.fusekiJar = fusekiJar;
        this.seed = seed;
        this.runs = runs;
        this.statusDate = statusDate;
        this.log = log;
    }

    public List<Row> run(List<Integer> sizes) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (int n : sizes) rows.add(measure(n));
        return rows;
    }

    /** Generates, loads both ways, queries; leaves nothing behind in the work folder. */
    public Row measure(int agreements) throws IOException, InterruptedException {
        Path dir = workDir.resolve("synthetic-" + agreements);
        deleteTree(dir);
        Files.createDirectories(dir);
        try {
            resetPeaks();
            Path named = dir.resolve("synthetic.nq");
            Path served = dir.resolve("served.nq");
            log.printf("synthetic %d agreements: generating %s%n", agreements, named);
            long t0 = System.nanoTime();
            SyntheticGraph.Counts counts;
            try (OutputStream a = new BufferedOutputStream(Files.newOutputStream(named), 1 << 16);
                 OutputStream b = new BufferedOutputStream(Files.newOutputStream(served), 1 << 16)) {
                StreamRDF dump = StreamRDFWriter.getWriterStream(a, Lang.NQUADS);
                StreamRDF all = StreamRDFWriter.getWriterStream(b, Lang.NQUADS);
                dump.start();
                all.start();
                counts = new SyntheticGraph(seed, agreements, ontology, statusDate).write(q -> {
                    dump.quad(q);
                    // The served form, for tdbloader: the same quads and the default-graph copy a build adds.
                    all.quad(q);
                    all.quad(Quad.create(Quad.defaultGraphIRI, q.asTriple()));
                });
                dump.finish();
                all.finish();
            }
            double generate = seconds(t0);
            log.printf("  %d events, %d quads in the named graphs (%.1f s)%n", counts.events(), counts.quads(), generate);

            Path ours = dir.resolve("tdb2-kg");
            long t1 = System.nanoTime();
            DatasetGraph db = DatabaseMgr.connectDatasetGraph(ours.toString());
            BulkLoad.fill(db, sink -> RDFParser.source(named).lang(Lang.NQUADS).parse(sink));
            double load = seconds(t1);
            log.printf("  our load (as ./kg build): %.1f s%n", load);

            Double tdbloader = null;
            if (fusekiJar.isPresent()) {
                tdbloader = tdbloader(fusekiJar.get(), served, dir.resolve("tdb2-tdbloader"), dir.resolve("tdbloader.log"));
                log.printf("  tdb2.tdbloader: %.1f s%n", tdbloader);
            }

            Map<String, Double> medians = new LinkedHashMap<>();
            Map<String, Integer> answers = new LinkedHashMap<>();
            try {
                for (Measured m : QUERIES) {
                    NamedQuery q = catalog.get(m.query).orElseThrow(() -> new IOException("no named query " + m.query));
                    Map<String, Node> bindings = new LinkedHashMap<>();
                    bindings.put("date", Literals.day(QUERY_DATE));
                    if (m.party != null) bindings.put("party", m.party);
                    int size = 0;
                    for (int w = 0; w < 3; w++) size = QueryRunner.run(db, q, bindings, 0).size();
                    double[] ms = new double[runs];
                    for (int r = 0; r < runs; r++) {
                        long s = System.nanoTime();
                        QueryRunner.run(db, q, bindings, 0);
                        ms[r] = (System.nanoTime() - s) / 1e6;
                    }
                    Arrays.sort(ms);
                    medians.put(m.label(), ms[runs / 2]);
                    answers.put(m.label(), size);
                    log.printf("  %s: median %.2f ms, %d rows%n", m.label(), ms[runs / 2], size);
                }
            } finally {
                TDBInternal.expel(db);
            }
            long peak = heapPeakBytes() >> 20;
            long max = Runtime.getRuntime().maxMemory() >> 20;
            return new Row(agreements, counts.events(), counts.quads(), generate, load, tdbloader, medians, answers, peak, max);
        } finally {
            deleteTree(dir);
        }
    }

    /** Jena's bulk loader in a JVM of its own, with the same heap cap as ./kg. */
    private static double tdbloader(Path jar, Path served, Path loc, Path logFile) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx2g", "-cp", jar.toString(), "tdb2.tdbloader",
                "--loc", loc.toString(), served.toString())
                .redirectErrorStream(true).redirectOutput(logFile.toFile());
        long t = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double s = seconds(t);
        if (exit != 0) throw new IOException("tdb2.tdbloader exited with " + exit + ": " + Files.readString(logFile).strip());
        return s;
    }

    /** The table, one row per size; ratios are ours over tdbloader's. */
    public static String table(List<Row> rows) {
        List<String> labels = QUERIES.stream().map(Measured::label).toList();
        StringBuilder b = new StringBuilder();
        b.append("| agreements | events | quads (named) | generate s | load s (kg) | load s (tdb2.tdbloader) | load ratio |");
        for (String l : labels) b.append(" median ms: ").append(l).append(" |");
        b.append(" heap pools' peaks summed MB | heap max MB |\n|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < labels.size(); i++) b.append("---:|");
        b.append("---:|---:|\n");
        for (Row r : rows) {
            b.append(String.format("| %d | %d | %d | %.1f | %.1f | %s | %s |", r.agreements, r.events, r.quads, r.generateSeconds,
                    r.loadSeconds, r.tdbloaderSeconds == null ? "n/a" : String.format("%.1f", r.tdbloaderSeconds),
                    r.tdbloaderSeconds == null ? "n/a" : String.format("%.2f", r.loadSeconds / r.tdbloaderSeconds)));
            for (String l : labels) b.append(String.format(" %.2f (%d rows) |", r.medianMillis.get(l), r.answers.get(l)));
            b.append(String.format(" %d | %d |%n", r.heapPeakMb, r.heapMaxMb));
        }
        return b.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the heap used. */
    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
