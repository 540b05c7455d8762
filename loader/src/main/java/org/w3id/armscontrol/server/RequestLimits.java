package org.w3id.armscontrol.server;

/**
 * What one request may cost a public endpoint, so that a few hostile clients cannot stall it.
 *
 * @param maxQueryChars the longest SPARQL query text accepted (longer: 413)
 * @param maxBodyBytes the largest request body accepted, forms included (larger: 413)
 * @param maxResultRows the most rows a SELECT may return; results are built in full before
 *     anything is sent, so a timeout is always a clean 503 (more rows: 507)
 * @param maxResultChars the most characters of RDF terms a SELECT may return (more: 507)
 * @param idleTimeoutMillis a connection that sends nothing for this long is closed
 * @param minRequestBytesPerSecond a client that sends its request body slower than this, after a grace of
 *     {@link MinimumUploadRate#GRACE_MILLIS}, is cut off (408)
 * @param serviceTimeoutMillis the longest wait for an allowed SERVICE endpoint to connect and answer
 * @param maxHeaderBytes the most bytes of request line and headers (more: 431, or 414 for the URL);
 *     room for the longest query sent, percent-encoded, in a GET
 * @param maxConcurrentQueries the most ad-hoc SPARQL queries evaluated at once; more wait for a
 *     turn (up to the query timeout, then 503). Fewer than the cores, so runaway queries can never
 *     take the CPU from the named-query API and the pages
 */
public record RequestLimits(int maxQueryChars, long maxBodyBytes, int maxResultRows, long maxResultChars,
                            long idleTimeoutMillis, long minRequestBytesPerSecond, long serviceTimeoutMillis,
                            int maxHeaderBytes, int maxConcurrentQueries) {

    public static final RequestLimits DEFAULT =
            new RequestLimits(64 * 1024, 1024 * 1024, 100_000, 64L * 1024 * 1024, 30_000, 1024, 10_000, 256 * 1024,
                    Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
}
