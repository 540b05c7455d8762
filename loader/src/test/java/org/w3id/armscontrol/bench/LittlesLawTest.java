package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow query's throughput from Little's law (clients ÷ mean latency), not from the count of
 * answers in a window that ends between two waves of answers.
 */
class LittlesLawTest {
    @TempDir Path scripts;

    @Test
    void throughputIsClientsOverMeanLatencyTimesTheShareThatDidNotFail() {
        LoadResult counted = new LoadResult(30, 10, 900, 1500, 1000, 7.5, 4000, false);
        LoadResult little = counted.byLittlesLaw(32);
        // 32 clients, a second each on average, a quarter of the requests failed: 24 answers a second.
        assertEquals(24.0, little.requestsPerSecond(), 1e-9);
        assertTrue(little.littlesLaw());
        assertEquals(counted.medianMillis(), little.medianMillis());
        assertEquals(counted.answered(), little.answered());
    }

    /**
     * Four clients on a server that answers each request after 400 ms, four at a time: answers
     * come in waves. A 700 ms window ends inside the second wave, so its count holds one wave
     * (about 57% of the rate); Little's law on the same window must agree, within a quarter, with
     * the count over six seconds, where a wave cut off at the end weighs little. (A loaded machine
     * stretches the waves alike in both runs.)
     */
    @Test
    void wavesOfAnswersDoNotSkewTheThroughput() throws Exception {
        Wrk wrk = StandInServer.wrkOrSkip(scripts);
        try (StandInServer server = new StandInServer(400, 4)) {
            HttpTarget target = server.target();
            Warmup.run(target, 2);
            LoadResult shortRun = wrk.run(target, 4, 700);
            LoadResult longRun = wrk.run(target, 4, 6000);
            assertTrue(longRun.answered() >= 20, "the long run should hold many waves: " + longRun);
            double little = shortRun.byLittlesLaw(4).requestsPerSecond();
            double reference = longRun.requestsPerSecond();
            assertEquals(reference, little, reference * 0.25,
                    "700 ms by Little's law: " + little + "/s; by count: " + shortRun.requestsPerSecond()
                            + "/s; six seconds by count: " + reference + "/s");
        }
    }
}
