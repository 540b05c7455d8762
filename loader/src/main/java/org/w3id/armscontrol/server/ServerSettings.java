package org.w3id.armscontrol.server;

/**
 * How the server runs.
 *
 * @param timeoutMillis the SPARQL query timeout; 0 turns it off
 * @param maxThreads caps Jetty's threads, so queries that ignore the timeout cannot take them all
 * @param services which SERVICE endpoints queries may use, and where each is routed
 * @param limits what one request may cost
 * @param resultCache whether the named-query API keeps its answers (off only to measure what the cache saves)
 */
public record ServerSettings(String host, int port, long timeoutMillis, int maxThreads, ServicePolicy services,
                             RequestLimits limits, boolean resultCache) {

    /** With the named-query result cache on. */
    public ServerSettings(String host, int port, long timeoutMillis, int maxThreads, ServicePolicy services,
                          RequestLimits limits) {
        this(host, port, timeoutMillis, maxThreads, services, limits, true);
    }

    /** The usual limits. */
    public ServerSettings(String host, int port, long timeoutMillis, int maxThreads, ServicePolicy services) {
        this(host, port, timeoutMillis, maxThreads, services, RequestLimits.DEFAULT);
    }

    /** The usual settings: SERVICE allowed to Wikidata only. */
    public ServerSettings(String host, int port, long timeoutMillis, int maxThreads) {
        this(host, port, timeoutMillis, maxThreads, ServicePolicy.wikidataOnly());
    }

    /** The same settings with the named-query result cache off. */
    public ServerSettings withoutResultCache() {
        return new ServerSettings(host, port, timeoutMillis, maxThreads, services, limits, false);
    }

    public static final String DATASET = "/arms-control";
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;
    public static final int DEFAULT_MAX_THREADS = 64;
}
