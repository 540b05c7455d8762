package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.query.QueryCatalog;

/**
 * The limits that keep a public endpoint answering: linear-time regex, slow clients cut off,
 * SERVICE calls bounded, results never cut mid-stream, CORS without credentials, and the
 * named-query API's content negotiation and start-up checks. Each on a real server.
 */
class ServerLimitsTest {
    static final String DS = ServerSettings.DATASET;
    static SharedBuild shared;
    static FusekiServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir static Path tmp;

    @BeforeAll
    static void start() {
        shared = SharedBuild.get();
        server = KgServer.create(shared.database, shared.catalog(), new ServerSettings("127.0.0.1", 0, 5_000, 16)).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    static HttpResponse<String> get(FusekiServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.getHttpPort() + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), BodyHandlers.ofString());
    }

    static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void backtrackingRegexAndReplaceAnswerAtOnce() throws Exception {
        String evil = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"";
        long t0 = System.nanoTime();
        var r = get(server, DS + "/sparql?query=" + enc("ASK { FILTER(REGEX(" + evil + ", \"(.*a){12}$\")) }"), "Accept", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(JSON.parse(r.body()).get("boolean").getAsBoolean().value(), "the string ends in '!', so no match");
        var rep = get(server, DS + "/sparql?query=" + enc("SELECT (REPLACE(" + evil + ", \"(.*a){12}$\", \"x\") AS ?r) {}"), "Accept", "text/csv");
        assertEquals(200, rep.statusCode(), rep.body());
        assertTrue(rep.body().contains("aaaa!"), rep.body());
        // java.util.regex takes tens of seconds for each; RE2/J well under one.
        assertTrue(millis(t0) < 3_000, "took " + millis(t0) + " ms");
    }

    @Test
    void regexAndReplaceKeepSparqlMeaning() throws Exception {
        String q = "SELECT ?a ?b ?c ?d ?e WHERE { BIND(REGEX(\"New START\", \"^new\", \"i\") AS ?a)"
                + " BIND(REGEX(\"a.b\", \".\", \"q\") AS ?b) BIND(REPLACE(\"New START\"@en, \"START\", \"S-T\") AS ?c)"
                + " BIND(REPLACE(\"abc\", \"(b)\", \"[$1]\") AS ?d) BIND(REGEX(\"line1\\nline2\", \"^line2$\", \"m\") AS ?e) }";
        var r = get(server, DS + "/sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        var b = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject();
        assertEquals("true", b.get("a").getAsObject().getString("value"));
        assertEquals("true", b.get("b").getAsObject().getString("value"));
        assertEquals("New S-T", b.get("c").getAsObject().getString("value"));
        assertEquals("en", b.get("c").getAsObject().getString("xml:lang"));
        assertEquals("a[b]c", b.get("d").getAsObject().getString("value"));
        assertEquals("true", b.get("e").getAsObject().getString("value"));
    }

    @Test
    void aResultCutByTheTimeoutIsA503NeverATruncated200() throws Exception {
        FusekiServer quick = KgServer.create(shared.database, shared.catalog(), new ServerSettings("127.0.0.1", 0, 1_000, 8)).start();
        try {
            // The first row comes at once; the rest never would. Streamed, this was a 200 whose JSON broke off.
            String q = "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } UNION { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(CONCAT(STR(?a), STR(?d), STR(?g)) = \"none\") } }";
            var r = get(quick, DS + "/sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
        } finally {
            quick.stop();
        }
    }

    @Test
    void aBurstOfSlowQueriesLeavesThreadsForTheNamedQueryApi() throws Exception {
        // 16 threads: one query runs, at most 8 wait for a turn, the rest are refused at once.
        FusekiServer s = KgServer.create(shared.database, shared.catalog(), new ServerSettings("127.0.0.1", 0, 4_000, 16, ServicePolicy.wikidataOnly(),
                new RequestLimits(64 * 1024, 1024 * 1024, 100_000, 64L * 1024 * 1024, 30_000, 1024, 10_000, 256 * 1024, 1))).start();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            List<java.util.concurrent.Future<Integer>> burst = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                burst.add(pool.submit(() -> get(s, DS + "/sparql?query=" + enc(runaway)).statusCode()));
            }
            Thread.sleep(500);
            // With the burst waiting, a named query is still answered, and soon.
            long t0 = System.nanoTime();
            var ok = get(s, "/api/queries/treaty-limits?treaty=new-start", "Accept", "text/csv");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(millis(t0) < 3_000, "the named query waited " + millis(t0) + " ms behind the burst");
            for (var f : burst) {
                assertEquals(503, f.get(60, java.util.concurrent.TimeUnit.SECONDS), "each runaway is cut at the timeout or refused");
            }
        } finally {
            pool.shutdownNow();
            s.stop();
        }
    }

    @Test
    void anOversizedResultIsA507AskingForALimit() throws Exception {
        RequestLimits small = new RequestLimits(64 * 1024, 1024 * 1024, 1_000, 1_000_000, 30_000, 1024, 10_000, 256 * 1024, 1);
        FusekiServer capped = KgServer.create(shared.database, shared.catalog(),
                new ServerSettings("127.0.0.1", 0, 10_000, 8, ServicePolicy.wikidataOnly(), small)).start();
        try {
            var r = get(capped, DS + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o }"));
            assertEquals(507, r.statusCode(), r.body());
            assertTrue(r.body().contains("LIMIT"), r.body());
            var ok = get(capped, DS + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1000"), "Accept", "text/csv");
            assertEquals(200, ok.statusCode());
            assertEquals(1001, ok.body().lines().count(), "a header and 1000 rows");
        } finally {
            capped.stop();
        }
    }

    @Test
    void corsAllowsEveryPageToReadButGrantsNoCredentials() throws Exception {
        for (String origin : List.of("http://charts.example.org", "null")) {
            var r = get(server, DS + "/sparql?query=" + enc("ASK {}"), "Origin", origin);
            assertEquals(200, r.statusCode());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), origin);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), origin + ": " + r.headers().map());
        }
    }

    @Test
    void slowClientsAreCutOffAndOthersStillGetAnswers() throws Exception {
        RequestLimits strict = new RequestLimits(64 * 1024, 1024 * 1024, 100_000, 64L * 1024 * 1024, 2_000, 1024, 10_000, 256 * 1024, 1);
        FusekiServer s = KgServer.create(shared.database, shared.catalog(),
                new ServerSettings("127.0.0.1", 0, 10_000, 12, ServicePolicy.wikidataOnly(), strict)).start();
        List<Socket> slow = new ArrayList<>();
        try {
            // More slow senders than the server has threads: each promises a body and sends a byte at a time.
            for (int i = 0; i < 20; i++) {
                Socket c = new Socket("127.0.0.1", s.getHttpPort());
                c.setSoTimeout(100);
                c.getOutputStream().write(("POST " + DS + "/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 10000\r\n\r\nS").getBytes(UTF_8));
                slow.add(c);
            }
            long t0 = System.nanoTime();
            int closed = 0;
            while (millis(t0) < 20_000 && closed < slow.size()) {
                closed = 0;
                for (Socket c : slow) {
                    if (dripAndCheckClosed(c)) closed++;
                }
                // Meanwhile a normal client is answered.
                var ok = get(s, "/api/queries/treaty-limits?treaty=new-start", "Accept", "text/csv");
                assertEquals(200, ok.statusCode());
                Thread.sleep(200);
            }
            assertEquals(slow.size(), closed, "slow clients still connected after " + millis(t0) + " ms");
        } finally {
            for (Socket c : slow) c.close();
            s.stop();
        }
    }

    /** Sends one more byte; true once the server has answered or closed the connection. */
    private static boolean dripAndCheckClosed(Socket c) {
        try {
            c.getOutputStream().write('E');
            c.getOutputStream().flush();
            InputStream in = c.getInputStream();
            try {
                return in.read() != -2; // any byte (an error status) or -1 (closed) means cut off
            } catch (java.net.SocketTimeoutException e) {
                return false;
            }
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void anAllowedServiceThatNeverAnswersIsBounded() throws Exception {
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) held.add(blackHole.accept()); // accept, then never answer
                } catch (IOException e) {
                    held.forEach(h -> { try { h.close(); } catch (IOException ignored) { } });
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            RequestLimits limits = new RequestLimits(64 * 1024, 1024 * 1024, 100_000, 64L * 1024 * 1024, 30_000, 1024, 1_500, 256 * 1024, 1);
            ServicePolicy toBlackHole = new ServicePolicy(Map.of(ServicePolicy.WIKIDATA, "http://127.0.0.1:" + blackHole.getLocalPort() + "/sparql"));
            FusekiServer s = KgServer.create(shared.database, shared.catalog(),
                    new ServerSettings("127.0.0.1", 0, 30_000, 8, toBlackHole, limits)).start();
            try {
                long t0 = System.nanoTime();
                var r = get(s, DS + "/sparql?query=" + enc("SELECT * WHERE { SERVICE <" + ServicePolicy.WIKIDATA + "> { ?s ?p ?o } }"));
                assertTrue(r.statusCode() >= 500, "a SERVICE that never answers cannot succeed: " + r.statusCode());
                assertTrue(millis(t0) < 10_000, "held for " + millis(t0) + " ms with a 1.5 s SERVICE bound");
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void anInternalFaultIsA500ThatShowsNoInternals() throws Exception {
        // A store that fails on every read, as a corrupt database would.
        Graph failing = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                throw new IllegalStateException("secret internal detail");
            }
        };
        FusekiServer s = KgServer.create(DatasetGraphFactory.wrap(failing), shared.catalog(),
                new ServerSettings("127.0.0.1", 0, 5_000, 8)).start();
        try {
            for (String path : List.of(DS + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o }"),
                    "/api/queries/treaty-limits")) {
                var r = get(s, path, "Accept", "application/sparql-results+json");
                assertEquals(500, r.statusCode(), path + ": " + r.body());
                assertTrue(r.body().contains("internal error (request "), path + ": " + r.body());
                assertFalse(r.body().contains("secret") || r.body().contains("IllegalState"), path + ": " + r.body());
            }
        } finally {
            s.stop();
        }
    }

    @Test
    void namedQueryFormatFollowsAcceptWeights() throws Exception {
        String path = "/api/queries/treaty-limits?treaty=new-start";
        var csv = get(server, path, "Accept", "application/sparql-results+json;q=0.5, text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().map().toString());
        var json = get(server, path, "Accept", "text/csv;q=0.1, application/sparql-results+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        var none = get(server, path, "Accept", "image/png");
        assertEquals(406, none.statusCode(), none.body());
        assertTrue(none.headers().firstValue("Fuseki-Request-Id").isPresent(), "the API runs inside Fuseki's request handling");
    }

    @Test
    void aQueryFileWithWindowsLineEndingsKeepsItsParameters() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("crlf"));
        Files.writeString(dir.resolve("by-treaty.rq"), String.join("\r\n",
                "# title: by treaty", "# param: treaty (treaty): the treaty",
                "SELECT ?treaty WHERE { ?treaty a <https://w3id.org/arms-control/ontology#Agreement> }", ""));
        QueryCatalog catalog = new QueryCatalog(dir);
        assertEquals(List.of("treaty"), catalog.get("by-treaty").orElseThrow().parameters().stream().map(p -> p.name()).toList());
    }

    @Test
    void aDeclaredParameterTheQueryNeverUsesFailsAtStartUp() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("unused"));
        Files.writeString(dir.resolve("typo.rq"), "# title: typo\n# param: date (date): the day\n"
                + "SELECT ?treaty WHERE { ?treaty <https://w3id.org/arms-control/ontology#inForceFrom> ?dat }\n");
        IOException e = assertThrows(IOException.class, () -> new QueryCatalog(dir));
        assertTrue(e.getMessage().contains("typo.rq") && e.getMessage().contains("?date"), e.getMessage());
    }

}
