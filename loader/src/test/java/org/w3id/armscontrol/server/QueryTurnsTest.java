package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;

/**
 * Queries take turns: at most so many are evaluated at once, a bounded number wait in order
 * (up to the timeout), and more are refused at once. The named-query API takes a turn for each
 * answer it computes, and none for an answer from its cache.
 */
class QueryTurnsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void oneWaitsItsTurnAndTheNextIsRefused() throws Exception {
        QueryTurns turns = new QueryTurns(1, 1, 30_000);
        assertTrue(turns.take(), "a free turn");
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(turns::take);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (turns.waiting() < 1 && System.nanoTime() < deadline) Thread.sleep(5);
        assertEquals(1, turns.waiting(), "the waiter should be waiting for the turn");
        long start = System.nanoTime();
        assertFalse(turns.take(), "a second waiter should be refused while one waits");
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000, "refused at once, not after a wait");
        assertFalse(waiter.isDone(), "the waiter got a turn none gave back");
        turns.release();
        assertTrue(waiter.get(10, TimeUnit.SECONDS), "the waiter gets the turn given back");
        turns.release();
        assertTrue(turns.take(), "all turns are free again");
    }

    @Test
    void aWaitEndsAtTheTimeout() {
        QueryTurns turns = new QueryTurns(1, 4, 200);
        assertTrue(turns.take());
        long start = System.nanoTime();
        assertFalse(turns.take(), "no turn comes back");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waited >= 150 && waited < 10_000, "waited " + waited + " ms");
    }

    @Test
    void theApiTakesATurnForAComputedAnswerAndNoneForACachedOne() throws Exception {
        SharedBuild shared = SharedBuild.get();
        // One turn, and no room to wait: while the test holds the turn, a computed answer is refused.
        QueryTurns turns = new QueryTurns(1, 0, 10_000);
        NamedQueryApi api = new NamedQueryApi(shared.catalog(), shared.dump, 10_000, true, turns);
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .add("/arms-control", shared.dump)
                .addProcessor("/api/queries/*", api).build().start();
        try {
            String cached = "/api/queries/treaty-limits?treaty=new-start&format=csv";
            assertEquals(200, get(server, cached).statusCode(), "with the turn free, the answer is computed");

            assertTrue(turns.take(), "the test takes the only turn");
            try {
                HttpResponse<String> hit = get(server, cached);
                assertEquals(200, hit.statusCode(), "an answer from the cache needs no turn: " + hit.body());
                assertEquals("hit", hit.headers().firstValue(NamedQueryApi.CACHE_HEADER).orElse(""));
                HttpResponse<String> busy = get(server, "/api/queries/treaty-limits?treaty=start-i&format=csv");
                assertEquals(503, busy.statusCode(), busy.body());
                assertTrue(busy.body().contains("busy"), busy.body());
            } finally {
                turns.release();
            }
            assertEquals(200, get(server, "/api/queries/treaty-limits?treaty=start-i&format=csv").statusCode(),
                    "the turn given back, the refused request is answered");
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> get(FusekiServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort() + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), BodyHandlers.ofString(UTF_8));
    }
}
