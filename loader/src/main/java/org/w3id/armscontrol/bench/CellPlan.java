package org.w3id.armscontrol.bench;

/**
 * How long one load measurement sends requests: the run's time per cell (half a second in a quick
 * run), or longer for a query slow enough that its clients would otherwise get almost no answer
 * in that time, at most {@link #MAX_MILLIS}. Each cell but the cached API's then drains
 * (Wrk.runAndDrain): the requests in flight when sending stops, one per client, are answered
 * inside the cell. A stretched cell sends for about half an answer per client, so with the
 * drain each client gets about one and a half; its throughput comes from Little's law
 * (LoadResult.byLittlesLaw), which needs only the latencies of the answers that arrived.
 */
final class CellPlan {
    static final long MAX_MILLIS = 60_000;
    static final long QUICK_MILLIS = 500;
    /** Answers per client a stretched cell's sending time is planned for; the drain adds about one. */
    private static final double ANSWERS_SENT_PER_CLIENT = 0.5;

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
        double needed = ANSWERS_SENT_PER_CLIENT * clients * single * 1000 / parallel;
        return (long) Math.min(MAX_MILLIS, Math.max(base(config), Math.ceil(needed)));
    }
}
