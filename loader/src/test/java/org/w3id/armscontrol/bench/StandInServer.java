package org.w3id.armscontrol.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A stand-in for a SPARQL server in the load generator's tests: answers every request with an
 * empty SPARQL JSON result after a fixed delay, a fixed number at a time (so a slow one answers
 * in waves), and counts the requests running and answered.
 */
final class StandInServer implements AutoCloseable {
    private static final byte[] EMPTY_RESULT = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);

    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger answered = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService threads;

    StandInServer(long delayMillis, int atOnce) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newFixedThreadPool(atOnce);
        server.setExecutor(threads);
        server.createContext("/", x -> {
            running.incrementAndGet();
            try {
                if (delayMillis > 0) Thread.sleep(delayMillis);
                x.sendResponseHeaders(200, EMPTY_RESULT.length);
                x.getResponseBody().write(EMPTY_RESULT);
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
    }

    HttpTarget target() {
        return HttpTarget.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** wrk, or the test is skipped where it is not installed. */
    static Wrk wrkOrSkip(Path scripts) {
        Wrk wrk = Wrk.find(scripts).orElse(null);
        Assumptions.assumeTrue(wrk != null, "wrk is not installed (Debian: apt-get install wrk): the bench's load generator");
        return wrk;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
