package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.build.ProjectLayout;
import org.w3id.armscontrol.store.BuildStore;

/**
 * The bench's ./kg serve children each get a copy of the build, so each queries a TDB2 database
 * of its own. The shared build's database is open in this JVM, as a running server would hold
 * it: a child on the project itself would serve the dump from memory instead (ServedBuildTest).
 */
class ServedCopyTest {
    private static final String DUMP_FALLBACK = "serving its dump from memory";

    @TempDir Path tmp;

    @Test
    void twoServersOnTwoCopiesBothOpenTheirOwnDatabase() throws Exception {
        SharedBuild shared = SharedBuild.get();
        BuildStore store = shared.project.store();
        BenchConfig config = new BenchConfig(shared.project.root, store.dump(shared.build), store.database(shared.build),
                shared.project.layout().queries(), KgCommand.ofThisProcess(),
                List.of("--status-date", TestProject.STATUS_DATE.toString()), true, CellPlan.QUICK_MILLIS, List.of(1), 1,
                Optional.empty(), tmp, new PrintWriter(Writer.nullWriter()));

        Path a = ServedCopy.in(config, "a");
        Path b = ServedCopy.in(config, "b");
        assertEquals(a, ServedCopy.in(config, "a"), "a copy is made once per run and reused");
        Path copied = new BuildStore(new ProjectLayout(a).buildDir()).current().orElseThrow();
        assertEquals(shared.build.getFileName(), copied.getFileName(), "the copy's current build is the project's");
        try (Stream<Path> files = Files.walk(copied)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().equals(BuildStore.TDB_LOCK)
                    || f.getFileName().toString().equals(BuildStore.SERVED_LOCK)), "no lock file is copied");
        }

        Path logs = tmp.resolve("logs");
        KgServeLauncher onA = new KgServeLauncher(config.kgCommand(), a, config.projectArgs(), List.of(), true);
        KgServeLauncher onB = new KgServeLauncher(config.kgCommand(), b, config.projectArgs(), List.of(), false);
        int portA = FreePort.pick(), portB = FreePort.pick();
        try (ChildProcess first = onA.start(portA, logs); ChildProcess second = onB.start(portB, logs)) {
            FirstAnswer.await(first, onA.sparqlUrl(portA));
            FirstAnswer.await(second, onB.sparqlUrl(portB));
            for (ChildProcess p : List.of(first, second)) {
                assertTrue(p.isAlive(), p.describe());
                assertFalse(p.errTail().contains(DUMP_FALLBACK), p.describe() + " opened its copy's TDB2 database:\n" + p.errTail());
            }
        }
        // Neither the copies nor their servers rebuilt anything: the copies' builds are the project's.
        assertEquals(List.of(shared.build.getFileName().toString()), builds(a));
        assertEquals(List.of(shared.build.getFileName().toString()), builds(b));
    }

    private static List<String> builds(Path root) throws Exception {
        try (Stream<Path> s = Files.list(new ProjectLayout(root).buildDir().resolve("builds"))) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
