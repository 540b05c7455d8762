package org.w3id.armscontrol.bench;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Waits until the servers have stopped working before the next measurement starts. A drained
 * cell leaves no request running, but a server goes on working after a burst (its JIT compilers,
 * its garbage collector), and a cell stopped by SIGINT (the cached API's, a warm-up) leaves the
 * requests it had in flight; that work would land on whichever measurement comes next, on either
 * side. So each measurement begins only once every server's processes have used almost no CPU
 * for a short while.
 */
final class IdleServers {
    /**
     * How long a quiet spell must last. Linux counts a process's CPU time in 10 ms ticks: over
     * 50 ms a server busy a fifth of the time still crosses about one (a 20 ms spell let such a
     * server, and a child just starting its work, pass as quiet).
     */
    static final long SPELL_MILLIS = 50;
    /** Below this CPU share of one core during the spell (a JVM idles at a few percent), a server is quiet. */
    static final double QUIET_SHARE = 0.05;
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private IdleServers() {}

    /**
     * Blocks until the servers are quiet, or a minute has passed (then the measurement goes
     * ahead; a server that is never quiet is measured as it is).
     *
     * @return how long it waited, in milliseconds
     */
    static long await(List<ChildProcess> servers) throws InterruptedException {
        long began = System.nanoTime();
        long before = cpuNanos(servers);
        while (System.nanoTime() - began < GIVE_UP.toNanos()) {
            Thread.sleep(SPELL_MILLIS);
            long now = cpuNanos(servers);
            if (now - before < QUIET_SHARE * SPELL_MILLIS * 1_000_000) break;
            before = now;
        }
        return (System.nanoTime() - began) / 1_000_000;
    }

    /** CPU time used so far by the servers' processes and their children (a launcher's JVM). */
    static long cpuNanos(List<ChildProcess> servers) {
        return servers.stream()
                .flatMap(s -> Stream.concat(Stream.of(s.process.toHandle()), s.process.descendants()))
                .mapToLong(h -> h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }
}
