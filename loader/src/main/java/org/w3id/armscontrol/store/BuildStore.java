package org.w3id.armscontrol.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * killed half-way leaves the previous one current and servable. Builds run one at a time
 * ({@code build.lock}), and a build a server holds ({@code served.lock}) is never deleted.
 */
public final class BuildStore {
    public static final String DUMP = "arms-control.nq";
    private static final String TDB = "tdb2";
    private static final String FINGERPRINT = "fingerprint";
    private static final String CURRENT = "CURRENT";
    private static final String BUILDS = "builds";
    /** Held (exclusively) by the one build running at a time. */
    private static final String BUILD_LOCK = "build.lock";
    /** In each build folder: held (shared) by every server serving that build. */
    public static final String SERVED_LOCK = "served.lock";
    /** The lock file TDB2 keeps in a database folder while a process has it open. */
    public static final String TDB_LOCK = "tdb.lock";

    private final Path dir;

    public BuildStore(Path buildDir) {
        this.dir = buildDir;
    }

    /**
     * Makes a copy of a complete build (of another store) this store's current build, its lock
     * files left behind: a second server of the same build then opens a TDB2 database of its own.
     */
    public Path installCopy(Path build) throws IOException {
        Path target = copyWithoutLocks(build, dir.resolve(BUILDS).resolve(build.getFileName().toString()));
        makeCurrent(target);
        return target;
    }

    /**
     * Copies a folder (a build, or a build's TDB2 database) without its lock files
     * ({@link #SERVED_LOCK}, {@link #TDB_LOCK}), which belong to the processes holding the original.
     */
    public static Path copyWithoutLocks(Path from, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = into.resolve(from.relativize(f).toString());
                String name = f.getFileName().toString();
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else if (!name.equals(SERVED_LOCK) && !name.equals(TDB_LOCK)) Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return into;
    }

    /** The folder of the current build, if there is a complete one. */
    public Optional<Path> current() {
        Path pointer = dir.resolve(CURRENT);
        try {
            if (!Files.isRegularFile(pointer)) return Optional.empty();
            Path build = dir.resolve(BUILDS).resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
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

    /**
     * Takes the build lock, waiting while another build (in this process or another) holds it;
     * {@code whileWaiting} runs once if it must wait. A killed build's lock is dropped by the
     * operating system, so a dead build never blocks the next.
     */
    public LockFile lockBuilds(Runnable whileWaiting) throws IOException {
        Files.createDirectories(dir);
        return LockFile.exclusive(buildLock(), whileWaiting);
    }

    public Path buildLock() { return dir.resolve(BUILD_LOCK); }

    /**
     * Marks {@code build} as served for as long as the returned lock is held: pruning never deletes
     * it. The lock is shared, so several servers may serve one build. Empty if the build is gone or
     * being deleted (pruned after it was chosen); then serve {@link #current()} instead.
     */
    public Optional<LockFile> lockServed(Path build) throws IOException {
        if (!Files.isDirectory(build)) return Optional.empty();
        Optional<LockFile> lock;
        try {
            lock = LockFile.tryShared(build.resolve(SERVED_LOCK));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        // Locked, but a build pruned just before may have left only a fresh lock file behind.
        if (lock.isPresent() && !(Files.isRegularFile(dump(build)) && Files.isDirectory(database(build)))) {
            lock.get().close();
            return Optional.empty();
        }
        return lock;
    }

    /**
     * Writes a complete new build beside the current one, then makes it current, then prunes.
     * Call it holding {@link #lockBuilds}: builds never overlap, so pruning cannot meet a build
     * being written.
     */
    public Path install(LockFile buildLock, DatasetGraph named, String fingerprint) throws IOException {
        if (!buildLock.file().equals(buildLock().toRealPath())) throw new IllegalArgumentException("not the build lock: " + buildLock.file());
        Path builds = Files.createDirectories(dir.resolve(BUILDS));
        Optional<Path> previous = current();
        Path build = Files.createTempDirectory(builds, "build-");
        try (OutputStream out = Files.newOutputStream(build.resolve(DUMP))) {
            SortedNQuads.write(named, out);
        }
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(build.resolve(TDB).toString());
        try {
            BulkLoad.fill(tdb, named);
        } finally {
            TDBInternal.expel(tdb);
        }
        Files.writeString(build.resolve(FINGERPRINT), fingerprint + "\n", StandardCharsets.UTF_8);

        makeCurrent(build);
        prune(build, previous.orElse(null));
        return build;
    }

    /** Points {@code CURRENT} at {@code build}: a temporary file of its own, so no two writers share one, then an atomic rename. */
    private void makeCurrent(Path build) throws IOException {
        Path tmp = Files.createTempFile(dir, CURRENT + "-", ".tmp");
        Files.writeString(tmp, build.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Keeps the new build, the one that was current before it (a reader such as {@code ./kg query}
     * may still be reading its dump) and every build a server holds ({@link #lockServed}); deletes
     * the rest, such as old builds and the folders and pointer files of builds killed half-way.
     * Runs under the build lock, so no folder here is being written. A folder that cannot be
     * deleted now is left for a later build.
     */
    private void prune(Path keep, Path previous) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(CURRENT) && name.endsWith(".tmp")) Files.deleteIfExists(p);
            }
        }
        List<Path> others;
        try (Stream<Path> s = Files.list(dir.resolve(BUILDS))) {
            others = s.filter(p -> !p.equals(keep) && !p.equals(previous) && Files.isDirectory(p)).toList();
        }
        for (Path old : others) {
            try {
                deleteUnlessServed(old);
            } catch (IOException | UncheckedIOException e) {
                // Left for a later build.
            }
        }
    }

    /** Deletes a build folder while holding its served lock exclusively, so no server can start on it meanwhile. */
    private static void deleteUnlessServed(Path build) throws IOException {
        Path servedLock = build.resolve(SERVED_LOCK);
        Optional<LockFile> lock = LockFile.tryExclusive(servedLock);
        if (lock.isEmpty()) return;
        try (LockFile held = lock.get()) {
            deleteTree(build, servedLock);
            Files.delete(servedLock);
        }
        Files.delete(build);
    }

    /** Deletes everything under {@code p} but {@code except}. */
    private static void deleteTree(Path p, Path except) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(p) && !f.equals(except)).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What a reader does with a build's dump. */
    public interface DumpReader<T> {
        T read(Path dump) throws IOException;
    }

    /**
     * Runs {@code reader} on the dump of {@code build} (or, if that build was pruned meanwhile, of
     * the current one) while holding its served lock, so no build started meanwhile can delete the
     * dump half-way through a long read or export.
     */
    public <T> T whileHeld(Path build, DumpReader<T> reader) throws IOException {
        Optional<LockFile> lock = lockServed(build);
        if (lock.isEmpty()) {
            build = current().orElseThrow(() -> new IOException("no complete build in " + dir));
            lock = lockServed(build);
            if (lock.isEmpty()) throw new IOException("the current build " + build.getFileName() + " was deleted while it was opened");
        }
        try (LockFile held = lock.get()) {
            return reader.read(dump(build));
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
