package org.w3id.armscontrol.bench;

/**
 * One load measurement, as wrk reports it.
 *
 * @param answered responses with a status below 400
 * @param errors responses of status 400 or more, and connect, read, write and timeout errors
 * @param medianMillis latency median (wrk's)
 * @param p99Millis latency 99th percentile (wrk's)
 * @param meanMillis latency mean (wrk's)
 * @param requestsPerSecond answered responses per second of the run
 * @param millis how long it ran, as wrk measured it
 * @param littlesLaw whether {@code requestsPerSecond} comes from Little's law ({@link #byLittlesLaw}) rather than the count
 */
public record LoadResult(long answered, long errors, double medianMillis, double p99Millis, double meanMillis,
                         double requestsPerSecond, long millis, boolean littlesLaw) {

    /**
     * The same run with its throughput from Little's law: {@code clients} connections that each
     * send the next request as soon as an answer arrives complete {@code clients / mean latency}
     * requests per second (times the share that did not fail). For a slow query that is the stable
     * measure: many clients sharing two cores finish their requests in waves, and whether the
     * window ends just before or just after a wave changes the count of answers by a whole wave,
     * while the latencies of the answers that did arrive do not depend on where it ends.
     */
    LoadResult byLittlesLaw(int clients) {
        if (meanMillis <= 0 || answered == 0) return this;
        double answeredShare = answered / (double) (answered + errors);
        return new LoadResult(answered, errors, medianMillis, p99Millis, meanMillis,
                clients * answeredShare * 1000 / meanMillis, millis, true);
    }
}
