package org.w3id.armscontrol.bench;

/**
 * One load measurement, as wrk reports it.
 *
 * @param answered responses with a status below 400
 * @param errors responses of status 400 or more, and connect, read, write and timeout errors
 * @param medianMillis latency median (wrk's)
 * @param p99Millis latency 99th percentile (wrk's)
 * @param requestsPerSecond answered responses per second of the run
 * @param millis how long it ran, as wrk measured it
 */
public record LoadResult(long answered, long errors, double medianMillis, double p99Millis, double requestsPerSecond,
                         long millis) {}
