package org.w3id.armscontrol.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.KgProcess;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.store.BuildStore;
import org.w3id.armscontrol.store.LockFile;

/**
 * Builds as separate processes, as an operator runs them: killed with {@code kill -9} at several
 * points, and two at once. The last good build stays current and answers, nothing needs cleaning
 * by hand, and builds never overlap.
 */
class BuildFaultTest {
    private static final String TREATY = "https://w3id.org/arms-control/id/treaty/test-bilateral-treaty";
    /** Written last into a build folder, just before CURRENT switches to it (see BuildStore). */
    private static final String FINGERPRINT = "fingerprint";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern BUILT = Pattern.compile("^Built (\\S+) \\(dump", Pattern.MULTILINE);

    @TempDir Path tmp;

    private TestProject project;
    private BuildStore store;
    private Path builds;

    @BeforeEach
    void buildOnce() throws Exception {
        project = TestProject.withData(tmp.resolve("project"), TestProject.resource("golden/bilateral-lifecycle/data"));
        store = project.store();
        builds = project.builder().build().getParent();
    }

    @Test
    void buildsKilledAtSeveralPointsLeaveTheLastGoodBuildCurrentAndNeedNoCleanUp() throws Exception {
        Path current = store.current().orElseThrow();
        byte[] dump = Files.readAllBytes(store.dump(current));
        long quads = quadCount(store.database(current));
        boolean killedHalfWay = false;

        // Before any folder is made (still validating), while the database is being written (the
        // dump is written before it), and as the fingerprint is written: that last kill may land
        // after CURRENT switched.
        for (String point : List.of("1 s after start", "tdb2", FINGERPRINT)) {
            Set<Path> before = folders();
            KgProcess build = KgProcess.start(tmp.resolve("logs"), kg("build", "--force"));
            if (point.startsWith("1 s")) {
                KgProcess.sleep(1_000);
            } else {
                build.await(() -> newFolders(before).stream().anyMatch(d -> Files.exists(d.resolve(point))), TIMEOUT,
                        "a new build folder with " + point);
            }
            build.kill();

            Path now = store.current().orElseThrow(() -> new AssertionError("no current build after a kill at " + point));
            // The last good build, or (killed after the switch) a complete build of the same inputs.
            assertTrue(now.equals(current) || newFolders(before).contains(now), point);
            assertArrayEquals(dump, Files.readAllBytes(store.dump(now)), "the current dump after a kill at " + point);
            assertEquals(quads, quadCount(store.database(now)), "quads in the current database after a kill at " + point);
            assertTrue(answers(store.database(now)), "the current database does not answer after a kill at " + point);
            if (now.equals(current) && !newFolders(before).isEmpty()) killedHalfWay = true;
            current = now;
        }
        assertTrue(killedHalfWay, "no kill landed while a build folder was half-written");

        // No clean-up by hand: the next build succeeds and prunes what the killed builds left behind.
        Path built = project.builder().build();
        assertEquals(Optional.of(built), store.current());
        assertEquals(Set.of(built, current), folders(), "the new build and the one before it, nothing else");
        assertTrue(answers(store.database(built)));
        assertEquals(List.of(), temporaryFiles(), "pointer files left in build/");
    }

    @Test
    void twoBuildsAtOnceRunOneAfterTheOther() throws Exception {
        Path first = store.current().orElseThrow();
        byte[] dump = Files.readAllBytes(store.dump(first));
        KgProcess a;
        KgProcess b;
        // While this process holds the build lock, both must wait, writing nothing.
        try (LockFile held = store.lockBuilds(() -> {})) {
            a = KgProcess.start(tmp.resolve("logs"), kg("build", "--force"));
            b = KgProcess.start(tmp.resolve("logs"), kg("build", "--force"));
            for (KgProcess p : List.of(a, b)) {
                p.await(() -> p.err().contains("another build is running (build/build.lock is locked); waiting for it to finish"),
                        TIMEOUT, "the waiting message");
            }
            assertEquals(Set.of(first), folders(), "a build wrote while another held the build lock");
        }
        // Released: they run one after the other, so at no moment are two build folders half-written.
        long most = 0;
        while (a.isAlive() || b.isAlive()) {
            long halfWritten = folders().stream().filter(d -> !Files.exists(d.resolve(FINGERPRINT))).count();
            most = Math.max(most, halfWritten);
            KgProcess.sleep(5);
        }
        assertEquals(0, a.exit(TIMEOUT), a.err());
        assertEquals(0, b.exit(TIMEOUT), b.err());
        assertEquals(1, most, "half-written build folders seen at once");

        Path builtA = Path.of(a.awaitOut(BUILT, TIMEOUT).group(1));
        Path builtB = Path.of(b.awaitOut(BUILT, TIMEOUT).group(1));
        assertNotEquals(builtA, builtB);
        assertTrue(Set.of(builtA, builtB).contains(store.current().orElseThrow()));
        assertEquals(Set.of(builtA, builtB), folders(), "the last build, the one before it, nothing else");
        assertArrayEquals(dump, Files.readAllBytes(store.dump(builtA)));
        assertArrayEquals(dump, Files.readAllBytes(store.dump(builtB)));
        assertEquals(List.of(), temporaryFiles(), "pointer files left in build/");
    }

    private String[] kg(String command, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(command, "--root", project.root.toString(),
                "--status-date", TestProject.STATUS_DATE.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private Set<Path> folders() {
        try (Stream<Path> s = Files.list(builds)) {
            return s.filter(Files::isDirectory).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Set<Path> newFolders(Set<Path> before) {
        Set<Path> now = new HashSet<>(folders());
        now.removeAll(before);
        return now;
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(project.layout().buildDir())) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static boolean answers(Path database) {
        DatasetGraph db = BuildStore.openDatabase(database);
        try {
            return Txn.calculateRead(db, () -> QueryExec.dataset(db)
                    .query("ASK { <" + TREATY + "> <https://w3id.org/arms-control/ontology#inForceFrom> ?d }").ask());
        } finally {
            TDBInternal.expel(db);
        }
    }

    private static long quadCount(Path database) {
        DatasetGraph db = BuildStore.openDatabase(database);
        try {
            return Txn.calculateRead(db, () -> Iter.count(db.find()));
        } finally {
            TDBInternal.expel(db);
        }
    }
}
