package org.w3id.armscontrol.bench;

/**
 * How long one load measurement runs: the run's time per cell (one second in a quick run), or
 * longer for a query slow enough that its clients would otherwise finish almost no request in
 * that time (wrk counts none still in flight when time is up): long enough for each client to
 * get about three answers, at most {@link #MAX_SECONDS}.
 */
final class CellPlan {
    static final int MAX_SECONDS = 60;
    private static final double ANSWERS_PER_CLIENT = 3;

    private CellPlan() {}

    /** @param single the fastest single request seen while warming up, in seconds */
    static int seconds(BenchConfig config, int clients, double single) {
        int base = config.quick() ? 1 : config.seconds();
        int parallel = Math.max(1, Math.min(clients, Runtime.getRuntime().availableProcessors()));
        double needed = ANSWERS_PER_CLIENT * clients * single / parallel;
        return (int) Math.min(MAX_SECONDS, Math.max(base, Math.ceil(needed)));
    }
}
