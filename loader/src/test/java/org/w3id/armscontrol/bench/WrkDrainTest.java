package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow query's cell ends by draining: once its time is up no connection sends again, and the
 * run ends when the answers still owed have arrived. So nothing is left running on the server
 * (which a stop by SIGINT alone leaves: a whole wave), and every answer the server gave is counted.
 */
class WrkDrainTest {
    @TempDir Path scripts;

    @Test
    void aDrainedCellLeavesNothingRunningAndCountsEveryAnswer() throws Exception {
        Wrk wrk = StandInServer.wrkOrSkip(scripts);
        try (StandInServer server = new StandInServer(300, 4)) {
            AtomicInteger running = server.running;
            AtomicInteger answered = server.answered;
            HttpTarget target = server.target();

            // Stopped by SIGINT alone, 450 ms in: a wave of four requests is still running.
            wrk.run(target, 4, 450);
            assertTrue(running.get() > 0, "a plain stop leaves the wave in flight to the server");
            while (running.get() > 0) Thread.sleep(10);

            answered.set(0);
            long began = System.nanoTime();
            LoadResult drained = wrk.runAndDrain(target, 4, 450);
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            assertEquals(0, running.get(), "nothing is left running when a drained cell returns");
            assertTrue(answered.get() >= 4 && answered.get() % 4 == 0, "whole waves were answered: " + answered.get());
            assertEquals(answered.get(), drained.answered(), "every answer the server gave is counted: " + drained);
            assertTrue(tookMillis < 5_000, "the cell ends with its last answer, not wrk's one-minute duration: " + tookMillis + " ms");
        }
    }
}
