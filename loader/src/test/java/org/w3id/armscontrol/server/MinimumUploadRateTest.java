package org.w3id.armscontrol.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The slow-upload rule: a small body read late on a busy server is never refused, and a body
 * dripped a byte at a time is, once the grace is over. (ServerLimitsTest checks the cut-off on
 * a real server with real sockets.)
 */
class MinimumUploadRateTest {
    static final long RATE = 1024;

    @Test
    void aSmallBodyReadLateIsNotTooSlow() {
        // Jetty's own check asked 1024 B/s × 50 ms = 51 bytes of a 6-byte query here.
        assertFalse(MinimumUploadRate.tooSlow(6, 50, RATE));
        assertFalse(MinimumUploadRate.tooSlow(6, MinimumUploadRate.GRACE_MILLIS, RATE));
    }

    @Test
    void aDrippedBodyIsTooSlowOnceTheGraceIsOver() {
        assertTrue(MinimumUploadRate.tooSlow(3, MinimumUploadRate.GRACE_MILLIS + 1_000, RATE));
        assertFalse(MinimumUploadRate.tooSlow(2_000, MinimumUploadRate.GRACE_MILLIS + 1_000, RATE));
    }

    @Test
    void noRateMeansNoLimit() {
        assertFalse(MinimumUploadRate.tooSlow(0, 60_000, 0));
    }
}
