package org.w3id.armscontrol.server;

import java.util.concurrent.TimeUnit;

/**
 * Whether an unexpected failure of a query is its timeout in disguise. Jena 5.6 can throw while
 * closing an operator the timeout has already cancelled (a hash join whose probe table is gone:
 * a NullPointerException in {@code MultiHashProbeTable.clear}); such a failure past the timeout
 * is answered as the timeout (503), not as a fault of ours (500).
 */
final class TimeoutFault {
    private TimeoutFault() {}

    static boolean isTimeout(long startNanos, long timeoutMillis) {
        return timeoutMillis > 0 && System.nanoTime() - startNanos >= TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }
}
