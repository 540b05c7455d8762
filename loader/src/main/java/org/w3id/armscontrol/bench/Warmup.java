package org.w3id.armscontrol.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Sends a request a few times (for at most {@link #MAX_NANOS}) before it is measured, so the measurement sees a warmed server
 * (and, with the cache, a filled one), and counts the rows of its answer: the same SPARQL must
 * give the same number of rows on every server, or the comparison would be of different work.
 */
final class Warmup {
    /** Warming stops after this long (at least one request), so a slow query does not hold up the run. */
    static final long MAX_NANOS = 200_000_000L;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Warmup() {}

    /**
     * What the untimed requests showed: the answer's row count (or the failure), and the fastest
     * single request (only to plan how long a measurement of this request must run, never reported).
     */
    record Seen(String rows, double fastestSeconds) {}

    static Seen run(HttpTarget target, int times) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.url())).timeout(Duration.ofSeconds(60))
                .header("Accept", HttpTarget.ACCEPT);
        HttpRequest request = target.sparqlForm().isPresent()
                ? b.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(target.sparqlForm().get())).build()
                : b.GET().build();
        String rows = null;
        long fastest = Long.MAX_VALUE;
        long began = System.nanoTime();
        for (int i = 0; i < Math.max(1, times) && (i == 0 || System.nanoTime() - began < MAX_NANOS); i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> r;
            try {
                r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.net.http.HttpTimeoutException e) {
                // On a badly loaded machine a slow query can take longer than the wait: measured all the same.
                rows = rows == null ? "timed out" : rows;
                fastest = Math.min(fastest, System.nanoTime() - start);
                continue;
            }
            fastest = Math.min(fastest, System.nanoTime() - start);
            if (r.statusCode() != 200) {
                // Measured all the same (its failures are counted there), but its answer cannot be compared.
                rows = "status " + r.statusCode();
                continue;
            }
            if (rows == null) {
                ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
                int n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                rows = Integer.toString(n);
            }
        }
        return new Seen(rows, fastest / 1e9);
    }
}
