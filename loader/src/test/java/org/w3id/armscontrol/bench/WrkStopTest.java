package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement shorter than wrk's whole-second duration: wrk, given a minute, is stopped with
 * SIGINT after 300 ms and still reports its run (answers, its own clock, latency).
 */
class WrkStopTest {
    @TempDir Path scripts;

    @Test
    void aCellEndsWhenItsTimeIsUpNotWhenWrksDurationIs() throws Exception {
        Wrk wrk = StandInServer.wrkOrSkip(scripts);
        try (StandInServer server = new StandInServer(0, 1)) {
            long began = System.nanoTime();
            LoadResult r = wrk.run(server.target(), 2, 300);
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            assertTrue(r.millis() >= 250 && r.millis() < 5_000, "wrk ran " + r.millis() + " ms");
            assertTrue(tookMillis < 10_000, "the cell took " + tookMillis + " ms");
            assertTrue(r.answered() > 0, "no answers counted");
            assertEquals(0, r.errors());
            assertTrue(r.requestsPerSecond() > 0 && r.medianMillis() > 0, r.toString());
        }
    }
}
