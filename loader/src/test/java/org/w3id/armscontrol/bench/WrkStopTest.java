package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement shorter than wrk's whole-second duration: wrk, given a minute, is stopped with
 * SIGINT after 300 ms and still reports its run (answers, its own clock, latency).
 */
class WrkStopTest {
    @TempDir Path scripts;

    @Test
    void aCellEndsWhenItsTimeIsUpNotWhenWrksDurationIs() throws Exception {
        Wrk wrk = Wrk.find(scripts).orElse(null);
        Assumptions.assumeTrue(wrk != null, "wrk is not installed (Debian: apt-get install wrk): the bench's load generator");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", x -> {
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        try {
            long began = System.nanoTime();
            LoadResult r = wrk.run(HttpTarget.get("http://127.0.0.1:" + server.getAddress().getPort() + "/"), 2, 300);
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            assertTrue(r.millis() >= 250 && r.millis() < 5_000, "wrk ran " + r.millis() + " ms");
            assertTrue(tookMillis < 10_000, "the cell took " + tookMillis + " ms");
            assertTrue(r.answered() > 0, "no answers counted");
            assertEquals(0, r.errors());
            assertTrue(r.requestsPerSecond() > 0 && r.medianMillis() > 0, r.toString());
        } finally {
            server.stop(0);
        }
    }
}
