package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Waits for a starting server's first answered query: the same {@code ASK} over its data, sent
 * every few milliseconds until one is answered with 200.
 */
final class FirstAnswer {
    static final String PROBE = "ASK { ?s ?p ?o }";
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private FirstAnswer() {}

    /** Blocks until the server answers; fails if it exits first or takes longer than three minutes. */
    static void await(ChildProcess server, String sparqlUrl) throws IOException, InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(sparqlUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PROBE, StandardCharsets.UTF_8)))
                .build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException(server.describe() + " exited with " + server.process.exitValue() + " before answering:\n" + server.errTail());
            }
            try {
                HttpResponse<String> r = HTTP.send(probe, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("true")) return;
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(5);
        }
        throw new IOException(server.describe() + " did not answer within " + GIVE_UP.toMinutes() + " minutes:\n" + server.errTail());
    }
}
