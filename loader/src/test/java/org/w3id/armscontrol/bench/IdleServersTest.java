package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wait between measurements: a process that keeps a core busy for 0.8 s and then sleeps
 * (like a server finishing the queries it accepted before falling idle) holds the wait until
 * its busy spell is over, and a quiet one does not hold it at all.
 */
class IdleServersTest {
    @TempDir Path logs;

    @Test
    void waitsWhileAServerWorksAndNotOnceItIsQuiet() throws Exception {
        // The busy loop runs in a child of the shell, so the wait must count descendants too.
        try (ChildProcess busy = ChildProcess.start("busy",
                List.of("sh", "-c", "timeout 0.8 sh -c 'while :; do :; done'; sleep 60"), logs)) {
            long started = System.nanoTime();
            long waited = IdleServers.await(List.of(busy));
            long sinceStart = (System.nanoTime() - started) / 1_000_000;
            assertTrue(sinceStart >= 700, "returned while the child was still busy: after " + sinceStart + " ms");
            assertTrue(waited >= 600 && waited < 10_000, "waited " + waited + " ms");

            long quiet = IdleServers.await(List.of(busy));
            assertTrue(quiet < 1_000, "a sleeping process held the wait for " + quiet + " ms");
        }
    }
}
