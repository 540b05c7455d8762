package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow query's cell ends by draining: once its time is up no connection sends again, and the
 * run ends when the answers still owed have arrived. So nothing is left running on the server
 * (which a stop by SIGINT alone leaves: a whole wave), and every answer the server gave is counted.
 */
class WrkDrainTest {
    @TempDir Path scripts;

    @Test
    void aDrainedCellLeavesNothingRunningAndCountsEveryAnswer() throws Exception {
        Wrk wrk = Wrk.find(scripts).orElse(null);
        Assumptions.assumeTrue(wrk != null, "wrk is not installed (Debian: apt-get install wrk): the bench's load generator");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", x -> {
            running.incrementAndGet();
            try {
                Thread.sleep(300);
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
                answered.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                // A client gone (wrk stopped) makes the write fail: the request has ended all the same.
                x.close();
                running.decrementAndGet();
            }
        });
        server.start();
        try {
            HttpTarget target = HttpTarget.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");

            // Stopped by SIGINT alone, 450 ms in: a wave of four requests is still running.
            wrk.run(target, 4, 450);
            assertTrue(running.get() > 0, "a plain stop leaves the wave in flight to the server");
            while (running.get() > 0) Thread.sleep(10);

            answered.set(0);
            long began = System.nanoTime();
            LoadResult drained = wrk.runAndDrain(target, 4, 450);
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            assertEquals(0, running.get(), "nothing is left running when a drained cell returns");
            assertTrue(answered.get() >= 4 && answered.get() % 4 == 0, "whole waves were answered: " + answered.get());
            assertEquals(answered.get(), drained.answered(), "every answer the server gave is counted: " + drained);
            assertTrue(tookMillis < 5_000, "the cell ends with its last answer, not wrk's one-minute duration: " + tookMillis + " ms");
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
