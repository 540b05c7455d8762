package org.w3id.armscontrol.bench;

/**
 * How long one load measurement runs: the run's time per cell (half a second in a quick run), or
 * longer for a query slow enough that its clients would otherwise finish almost no request in
 * that time (wrk counts none still in flight when time is up): long enough for each client to
 * get about one and a half answers (its throughput then comes from Little's law, LoadResult.byLittlesLaw), at most {@link #MAX_MILLIS}.
 * Little's law needs only the latencies of the answers that arrived, so a wave and a half is enough;
 * each further wave would add seconds to the run and nothing to the estimate.
 */
final class CellPlan {
    static final long MAX_MILLIS = 60_000;
    static final long QUICK_MILLIS = 500;
    private static final double ANSWERS_PER_CLIENT = 1.5;

    private CellPlan() {}

    /** The run's time per cell when no query needs longer. */
    static long base(BenchConfig config) {
        return config.quick() ? QUICK_MILLIS : config.millis();
    }

    /**
     * A cell of the API with its result cache: a third of the base time, as an answer from stored
     * bytes takes well under a millisecond, so even that holds hundreds to thousands of answers.
     */
    static long cached(BenchConfig config) {
        return base(config) / 3;
    }

    /** @param single the fastest single request seen while warming up, in seconds */
    static long millis(BenchConfig config, int clients, double single) {
        int parallel = Math.max(1, Math.min(clients, Runtime.getRuntime().availableProcessors()));
        double needed = ANSWERS_PER_CLIENT * clients * single * 1000 / parallel;
        return (long) Math.min(MAX_MILLIS, Math.max(base(config), Math.ceil(needed)));
    }
}
