package org.w3id.armscontrol.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The build folder. Each build goes into a new folder of its own ({@code builds/<id>/}: the
 * TDB2 database, the sorted N-Quads dump, the input fingerprint), and only when it is complete
 * does the {@code CURRENT} pointer switch to it, by an atomic rename. A build that fails or is
 * killed half-way leaves the previous one current and servable.
 */
public final class BuildStore {
    public static final String DUMP = "arms-control.nq";
    private static final String TDB = "tdb2";
    private static final String FINGERPRINT = "fingerprint";
    private static final String CURRENT = "CURRENT";

    private final Path dir;

    public BuildStore(Path buildDir) {
        this.dir = buildDir;
    }

    /** The folder of the current build, if there is a complete one. */
    public Optional<Path> current() {
        Path pointer = dir.resolve(CURRENT);
        try {
            if (!Files.isRegularFile(pointer)) return Optional.empty();
            Path build = dir.resolve("builds").resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            return Files.isRegularFile(build.resolve(DUMP)) ? Optional.of(build) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Optional<String> currentFingerprint() {
        return current().flatMap(b -> {
            try {
                return Optional.of(Files.readString(b.resolve(FINGERPRINT), StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    public Path dump(Path build) { return build.resolve(DUMP); }

    public Path database(Path build) { return build.resolve(TDB); }

    /** Writes a complete new build beside the current one, then makes it current. */
    public Path install(DatasetGraph named, String fingerprint) throws IOException {
        Path builds = Files.createDirectories(dir.resolve("builds"));
        Optional<Path> previous = current();
        Path build = Files.createTempDirectory(builds, "build-");
        try (OutputStream out = Files.newOutputStream(build.resolve(DUMP))) {
            SortedNQuads.write(named, out);
        }
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(build.resolve(TDB).toString());
        try {
            ServedDataset.fill(tdb, named);
        } finally {
            TDBInternal.expel(tdb);
        }
        Files.writeString(build.resolve(FINGERPRINT), fingerprint + "\n", StandardCharsets.UTF_8);

        Path tmp = dir.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, build.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        pruneOldBuilds(build, previous.orElse(null));
        return build;
    }

    /**
     * Keeps the new build, the one that was current before it (a running server may still have it
     * open) and the newest other folder (another build may be writing it); deletes the rest, such
     * as the folders of builds killed half-way. The newest folder need not be the previous build:
     * a killed build leaves a newer one.
     */
    private void pruneOldBuilds(Path keep, Path previous) throws IOException {
        List<Path> others;
        try (Stream<Path> s = Files.list(dir.resolve("builds"))) {
            others = s.filter(p -> !p.equals(keep))
                    .sorted(Comparator.comparing(BuildStore::modified).reversed()).toList();
        }
        for (Path old : others.subList(Math.min(1, others.size()), others.size())) {
            if (!old.equals(previous)) deleteTree(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The current build's graph, read from its dump into memory (no lock on the database). */
    public static DatasetGraph readDump(Path dump) {
        DatasetGraph named = DatasetGraphFactory.createTxnMem();
        RDFParser.source(dump).lang(Lang.NQUADS).parse(named);
        DatasetGraph served = DatasetGraphFactory.createTxnMem();
        ServedDataset.fill(served, named);
        return served;
    }

    /** Opens the current build's TDB2 database. One process at a time may hold it. */
    public static DatasetGraph openDatabase(Path database) {
        return DatabaseMgr.connectDatasetGraph(database.toString());
    }

}
