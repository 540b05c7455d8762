package org.w3id.armscontrol.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns for evaluating queries: at most {@code turns} at once, the others waiting in order for up
 * to the query timeout. Each waiting request holds a server thread, so at most
 * {@code maxWaiting} may wait; more are refused at once. On a small machine many queries
 * evaluated together compete for the cores and the heap until each takes many times longer:
 * with 32 clients on 2 cores, named queries without turns answered two to three times slower
 * than with two turns.
 */
final class QueryTurns {
    private final Semaphore turns;
    private final int maxWaiting;
    private final long waitMillis;
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * @param turns how many queries may be evaluated at once (at least 1)
     * @param maxWaiting how many may wait for a turn at once (0: none wait)
     * @param waitMillis how long one may wait (the query timeout; 0 or less: 10 s)
     */
    QueryTurns(int turns, int maxWaiting, long waitMillis) {
        this.turns = new Semaphore(Math.max(1, turns), true);
        this.maxWaiting = Math.max(0, maxWaiting);
        this.waitMillis = waitMillis > 0 ? waitMillis : 10_000;
    }

    /** How many wait for a turn now. */
    int waiting() {
        return waiting.get();
    }

    /** How long a query may wait for its turn. */
    long waitMillis() {
        return waitMillis;
    }

    /**
     * Takes a turn, waiting if need be. False when too many wait already or the wait ran out:
     * the caller answers 503 and must not {@link #release()}.
     */
    boolean take() {
        if (turns.tryAcquire()) return true;
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Gives back a turn that {@link #take()} gave. */
    void release() {
        turns.release();
    }
}
