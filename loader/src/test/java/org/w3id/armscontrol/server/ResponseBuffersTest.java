package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;

/**
 * Every response is written through a buffer Jetty's pool keeps for reuse, so serving does not
 * allocate a fresh direct buffer per request (Fuseki 5.6 asks for 5 MB ones, which the pool
 * never keeps: apache/jena#4084). Counted by the pool itself: it records each request for a
 * buffer larger than any it keeps. Large answers still arrive whole.
 */
class ResponseBuffersTest {
    private FusekiServer server;
    private ArrayByteBufferPool pool;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() {
        SharedBuild shared = SharedBuild.get();
        server = KgServer.create(shared.dump, shared.catalog(),
                new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 8));
        pool = assertInstanceOf(ArrayByteBufferPool.class, server.getJettyServer().getByteBufferPool());
        pool.setStatisticsEnabled(true);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort() + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), BodyHandlers.ofString(UTF_8));
    }

    @Test
    void responsesUseBuffersThePoolKeeps() throws Exception {
        String select = "SELECT * WHERE { ?s ?p ?o } LIMIT 5";
        List<String> paths = List.of(
                "/api/queries/us-russia-treaties-in-force?date=2012-03-01",
                ServerSettings.DATASET + "/sparql?query=" + URLEncoder.encode(select, UTF_8),
                "/$/ping",
                "/");
        for (int round = 0; round < 5; round++) {
            for (String path : paths) {
                HttpResponse<String> r = get(path);
                assertEquals(200, r.statusCode(), path + ": " + r.body());
            }
        }
        Map<Integer, Long> unpooledDirect = pool.getNoBucketDirectAcquires();
        Map<Integer, Long> unpooledHeap = pool.getNoBucketHeapAcquires();
        assertEquals(Map.of(), unpooledDirect, "buffers (size → count) the pool does not keep, allocated direct");
        assertEquals(Map.of(), unpooledHeap, "buffers (size → count) the pool does not keep, allocated on the heap");
    }

    @Test
    void anAnswerLargerThanTheBufferArrivesWhole() throws Exception {
        // The graph dump as N-Triples is far larger than one pooled buffer.
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getHttpPort() + ServerSettings.DATASET + "/get?default"))
                .header("Accept", "application/n-triples").timeout(Duration.ofSeconds(60)).GET().build(), BodyHandlers.ofString(UTF_8));
        assertEquals(200, r.statusCode());
        int bytes = r.body().getBytes(UTF_8).length;
        assertTrue(bytes > KgServer.largestPooledBuffer(server.getJettyServer()), "only " + bytes + " bytes");
        long lines = r.body().lines().count();
        long triples = SharedBuild.get().dump.getDefaultGraph().size();
        assertEquals(triples, lines, "one line per triple of the default graph");
    }
}
