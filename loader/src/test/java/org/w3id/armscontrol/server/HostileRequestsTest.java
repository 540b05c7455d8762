package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.armscontrol.SharedBuild;

/**
 * Requests a hostile client might send to the public endpoint, on a real server over real HTTP.
 * Each must be refused with a 4xx (or a clean 503) that names no class, stack frame or
 * internal path, and the server must stay healthy and keep answering correctly after it.
 */
class HostileRequestsTest {
    static final String DS = ServerSettings.DATASET;
    static final String PROBE = "SELECT ?treaty ?from WHERE { ?treaty a <https://w3id.org/arms-control/ontology#Agreement> ;"
            + " <https://w3id.org/arms-control/ontology#inForceFrom> ?from } ORDER BY ?from ?treaty";
    /** Backtracks for tens of seconds in java.util.regex; linear in RE2/J. */
    static final String EVIL_REGEX = "FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){12}$\"))";
    static final Pattern INTERNALS = Pattern.compile("\\bat (org|java|jdk|sun)\\.|Exception|java\\.lang|org\\.apache|org\\.eclipse|/root/|/tmp/");

    static SharedBuild shared;
    static FusekiServer server;
    static int port;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        shared = SharedBuild.get();
        server = KgServer.create(shared.database, shared.catalog(), new ServerSettings("127.0.0.1", 0, 5_000, 16)).start();
        port = server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    record Answer(int status, String body) {}

    interface Attack {
        Answer send() throws Exception;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    static Answer http(HttpRequest.Builder b) throws Exception {
        var r = http.send(b.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    static Answer raw(String head, byte[] body) throws Exception {
        RawHttp.Response r = RawHttp.send(port, head.getBytes(ISO_8859_1), body);
        return new Answer(r.status(), r.body());
    }

    static Answer sparqlGet(String query) throws Exception {
        return http(to(DS + "/sparql?query=" + enc(query)));
    }

    static Arguments attack(String name, int expected, Attack a) {
        return Arguments.of(name, expected, a);
    }

    /** Each attack with the status it must get; 0 means "any 4xx". */
    static Stream<Arguments> attacks() {
        String bigLiteral = "SELECT * WHERE { BIND(\"" + "x".repeat(200_000) + "\" AS ?x) }";
        String deep = "SELECT * WHERE { " + "{".repeat(30_000) + "?s ?p ?o" + "}".repeat(30_000) + " }";
        String deepExpr = "SELECT * WHERE { BIND(" + "(".repeat(30_000) + "1" + ")".repeat(30_000) + " AS ?x) }";
        return Stream.of(
                attack("SPARQL Update to the query endpoint", 0, () -> http(to(DS + "/sparql")
                        .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString("DROP ALL")))),
                attack("update= form to the query endpoint", 0, () -> http(to(DS + "/sparql")
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("update=" + enc("DROP ALL"))))),
                attack("Update to the dataset root", 0, () -> http(to(DS)
                        .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString("CLEAR DEFAULT")))),
                attack("Update to /update", 0, () -> http(to(DS + "/update")
                        .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString("DROP ALL")))),
                attack("LOAD of a local file", 0, () -> http(to(DS)
                        .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString("LOAD <file:///etc/passwd>")))),
                attack("PUT to the Graph Store", 0, () -> http(to(DS + "/get?default")
                        .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")))),
                attack("DELETE on the Graph Store", 0, () -> http(to(DS + "/get?default").DELETE())),
                attack("POST data to /data", 0, () -> http(to(DS + "/data")
                        .header("Content-Type", "text/turtle").POST(BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")))),
                attack("admin: list datasets", 404, () -> http(to("/$/datasets"))),
                attack("admin: add a dataset", 0, () -> http(to("/$/datasets?dbName=x&dbType=mem").POST(BodyPublishers.noBody()))),
                attack("admin: compact", 0, () -> http(to("/$/compact" + DS).POST(BodyPublishers.noBody()))),
                attack("admin: backup", 0, () -> http(to("/$/backup" + DS).POST(BodyPublishers.noBody()))),
                attack("SERVICE to loopback", 0, () -> sparqlGet("SELECT * WHERE { SERVICE <http://127.0.0.1:" + port + DS + "/sparql> { ?s ?p ?o } }")),
                attack("SERVICE to a file URL", 0, () -> sparqlGet("SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }")),
                attack("SERVICE to a variable", 0, () -> sparqlGet("SELECT * WHERE { BIND(<http://127.0.0.1/> AS ?u) SERVICE ?u { ?s ?p ?o } }")),
                attack("a 200 000-character literal", 413, () -> http(to(DS + "/sparql")
                        .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(bigLiteral)))),
                // Declared too large: refused on the headers, before a byte of the body is read.
                attack("a 2 MB body", 413, () -> raw("POST " + DS + "/sparql HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: 2000000", null)),
                attack("a 3 MB form", 413, () -> raw("POST " + DS + "/sparql HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000000", null)),
                attack("a 2 MB body without a length", 413, () -> raw("POST " + DS + "/sparql HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked", chunked(2_000_000))),
                attack("deeply nested groups", 400, () -> http(to(DS + "/sparql")
                        .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(deep)))),
                attack("deeply nested expression", 400, () -> http(to(DS + "/sparql")
                        .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(deepExpr)))),
                attack("invalid UTF-8 in the query string", 400, () -> raw("GET " + DS + "/sparql?query=SELECT%20*%20%7B%7D%20%23%C3%28 HTTP/1.1\r\nHost: x", null)),
                attack("invalid UTF-8 in a named-query parameter", 400, () -> raw("GET /api/queries/treaty-limits?treaty=%FF%FE HTTP/1.1\r\nHost: x", null)),
                attack("invalid UTF-8 in the path", 0, () -> raw("GET /api/queries/%C3%28 HTTP/1.1\r\nHost: x", null)),
                attack("path traversal", 0, () -> raw("GET /../../../../etc/passwd HTTP/1.1\r\nHost: x", null)),
                attack("encoded path traversal", 0, () -> raw("GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x", null)),
                attack("traversal into the named queries", 0, () -> raw("GET /api/queries/..%2f..%2fpom.xml HTTP/1.1\r\nHost: x", null)),
                attack("injection in a named-query parameter", 400, () -> http(to("/api/queries/treaty-limits?treaty="
                        + enc("new-start> } ; DROP ALL ; SELECT * { <x")))),
                attack("an absurd date", 400, () -> http(to("/api/queries/us-russia-treaties-in-force?date=99999-99-99"))),
                attack("a date with SPARQL in it", 400, () -> http(to("/api/queries/us-russia-treaties-in-force?date="
                        + enc("2012-03-01\"^^<x> } UNION { ?s ?p ?o")))),
                attack("an unknown named query", 404, () -> http(to("/api/queries/" + enc("no-such-query")))),
                attack("a flood of headers", 431, () -> raw("GET /$/ping HTTP/1.1\r\nHost: x\r\n" + "X-Flood: " + "y".repeat(300_000), null)),
                attack("a thousand headers", 431, () -> raw("GET /$/ping HTTP/1.1\r\nHost: x" + "\r\nX-Flood: 0123456789012345678901234567890123456789".repeat(10_000), null)),
                attack("a 100 000-character query in the URL", 413, () -> raw("GET " + DS + "/sparql?query=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x", null)),
                attack("a 300 000-character URL", 414, () -> raw("GET " + DS + "/sparql?query=" + "a".repeat(300_000) + " HTTP/1.1\r\nHost: x", null)),
                attack("a 3 MB form without a length", 413, () -> raw("POST " + DS + "/sparql HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked", chunked(3_000_000))),
                attack("TRACE", 405, () -> http(to(DS + "/sparql").method("TRACE", BodyPublishers.noBody()))),
                attack("a query in an unsupported media type", 415, () -> http(to(DS + "/sparql")
                        .header("Content-Type", "application/x-evil").POST(BodyPublishers.ofString("SELECT * {}")))));
    }

    static byte[] chunked(int size) {
        StringBuilder sb = new StringBuilder();
        String chunk = "#" + "x".repeat(65_535);
        for (int sent = 0; sent < size; sent += chunk.length()) sb.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        sb.append("0\r\n\r\n");
        return sb.toString().getBytes(ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedCleanly(String name, int expected, Attack attack) throws Exception {
        Answer a = attack.send();
        if (expected != 0) assertEquals(expected, a.status(), name + ": " + a.body());
        assertTrue(a.status() >= 400 && a.status() < 500 || a.status() == 503, name + ": status " + a.status() + " " + a.body());
        assertFalse(INTERNALS.matcher(a.body()).find(), name + ": the answer shows internals: " + a.body());
    }

    @AfterEach
    void serverIsStillHealthyAndRight() throws Exception {
        assertEquals(200, http(to("/$/ping")).status());
        var r = http.send(to(DS + "/sparql?query=" + enc(PROBE)).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        ResultSetRewindable got = ResultSetFactory.makeRewindable(ResultSetMgr.read(r.body(), ResultSetLang.RS_JSON));
        ResultSetRewindable expected = Txn.calculateRead(shared.dump, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(shared.dump)).query(PROBE).build()) {
                return ResultSetFactory.makeRewindable(qe.execSelect());
            }
        });
        assertTrue(expected.size() > 5, "the probe query should find the treaties");
        assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, got), "the server's answer changed");
    }

}
