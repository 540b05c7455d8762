package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.armscontrol.CsvRows;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;

/**
 * The public endpoint, on a real embedded Fuseki on a free port, over real HTTP: SPARQL
 * protocol, result formats, the union default graph, read-only-ness, timeouts, SERVICE, CORS,
 * the UI, and the named-query API. Every answer is checked against the same query run in
 * process on the build's dump.
 */
class EndpointTest {
    private static final String DS = ServerSettings.DATASET;
    private static final long TIMEOUT = ServerSettings.DEFAULT_TIMEOUT_MILLIS;
    private static final String G = "https://w3id.org/arms-control/graph/";
    private static final List<String> GRAPHS = List.of(G + "ontology", G + "facts", G + "derived");
    private static final String ID = "https://w3id.org/arms-control/id/";

    /** Treaties with the day each came into force: data from both the facts and the derived graph. */
    private static final String TREATIES_QUERY = """
            PREFIX ac: <https://w3id.org/arms-control/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?treaty ?treatyLabel ?inForceFrom WHERE {
              ?treaty a ac:Agreement ; ac:inForceFrom ?inForceFrom ; rdfs:label ?treatyLabel .
              FILTER(LANG(?treatyLabel) = "en")
            } ORDER BY ?inForceFrom ?treaty
            """;
    private static final String QUAD_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir static Path tmp;

    private static TestProject project;
    private static DatasetGraph dump;
    private static DatasetGraph db;
    private static QueryCatalog catalog;
    private static FusekiServer server;
    private static String base;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        SharedBuild shared = SharedBuild.get();
        project = shared.project;
        dump = shared.dump;
        db = shared.database;
        catalog = shared.catalog();
        server = KgServer.create(db, catalog, new ServerSettings("127.0.0.1", 0, TIMEOUT, 16)).start();
        base = "http://127.0.0.1:" + server.getHttpPort();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    // ---------------------------------------------------------------- SPARQL protocol

    @Test
    void selectOverGetAndPostGivesTheInProcessResult() throws Exception {
        ResultSetRewindable expected = local(TREATIES_QUERY);
        assertTrue(expected.size() >= 5, "the fixture should know several treaties in force");

        var get = send(get(DS + "/sparql?query=" + enc(TREATIES_QUERY)).header("Accept", ResultSetLang.RS_JSON.getHeaderString()));
        var form = send(post(DS + "/sparql", "application/x-www-form-urlencoded", "query=" + enc(TREATIES_QUERY))
                .header("Accept", ResultSetLang.RS_JSON.getHeaderString()));
        var direct = send(post(DS + "/sparql", "application/sparql-query", TREATIES_QUERY)
                .header("Accept", ResultSetLang.RS_JSON.getHeaderString()));
        var datasetLevel = send(get(DS + "?query=" + enc(TREATIES_QUERY)).header("Accept", ResultSetLang.RS_JSON.getHeaderString()));

        for (var r : List.of(get, form, direct, datasetLevel)) {
            assertEquals(200, r.statusCode(), () -> r.request().method() + " " + r.request().uri() + ": " + text(r));
            assertSameResults(expected, parse(r, ResultSetLang.RS_JSON), true);
        }
    }

    @Test
    void resultFormatsByAcceptAllParseAndAgree() throws Exception {
        ResultSetRewindable expected = local(TREATIES_QUERY);
        Map<Lang, String> formats = new LinkedHashMap<>();
        formats.put(ResultSetLang.RS_JSON, "application/sparql-results+json");
        formats.put(ResultSetLang.RS_XML, "application/sparql-results+xml");
        formats.put(ResultSetLang.RS_TSV, "text/tab-separated-values");
        formats.put(ResultSetLang.RS_CSV, "text/csv");
        for (var f : formats.entrySet()) {
            var r = send(get(DS + "/sparql?query=" + enc(TREATIES_QUERY)).header("Accept", f.getValue()));
            assertEquals(200, r.statusCode(), f.getValue() + ": " + text(r));
            String ct = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(ct.startsWith(f.getValue()), "Content-Type for " + f.getValue() + " was " + ct);
            if (f.getKey().equals(ResultSetLang.RS_CSV)) {
                // CSV keeps only lexical forms: compare the strings, cell by cell, in order.
                assertEquals(CsvRows.lexicalRows(expected), CsvRows.lexicalRows(parse(r, ResultSetLang.RS_CSV)), "CSV");
            } else {
                assertSameResults(expected, parse(r, f.getKey()), true);
            }
        }
    }

    @Test
    void defaultGraphIsTheUnionOfTheThreeNamedGraphs() throws Exception {
        // GRAPH ?g sees exactly the three named graphs.
        var graphs = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
        Set<String> names = new HashSet<>();
        graphs.forEachRemaining(qs -> names.add(qs.getResource("g").getURI()));
        assertEquals(Set.copyOf(GRAPHS), names);

        // Without GRAPH, a triple found only in one named graph is found: for each of the three.
        for (String g : GRAPHS) {
            Triple only = tripleOnlyIn(NodeFactory.createURI(g));
            String ask = "SELECT * WHERE { " + NodeFmtLib.strNT(only.getSubject()) + " " + NodeFmtLib.strNT(only.getPredicate())
                    + " " + NodeFmtLib.strNT(only.getObject()) + " }";
            assertEquals(1, select(ask).size(), "default graph misses " + only + " of " + g);
        }

        // And the default graph holds no more and no less than the union.
        Set<Triple> union = new HashSet<>();
        Txn.executeRead(dump, () -> dump.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) union.add(q.asTriple());
        }));
        assertEquals(union.size(), count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
    }

    /** A triple of graph g that neither of the other two graphs holds, so finding it shows g is in the union. */
    private static Triple tripleOnlyIn(Node g) {
        return Txn.calculateRead(dump, () -> dump.getGraph(g).find().toList().stream()
                .filter(t -> GRAPHS.stream().map(NodeFactory::createURI).filter(o -> !o.equals(g))
                        .noneMatch(o -> dump.getGraph(o).contains(t)))
                .findFirst().orElseThrow(() -> new AssertionError("graph " + g + " has no triple of its own")));
    }

    // ---------------------------------------------------------------- read-only

    static Stream<Arguments> writeAttempts() {
        String facts = G + "facts";
        String insert = "PREFIX ex: <http://example.org/> INSERT DATA { GRAPH <" + facts + "> { ex:evil ex:p \"x\" } . ex:evil ex:p \"y\" }";
        String dropAll = "DROP ALL";
        String turtle = "<http://example.org/evil> <http://example.org/p> \"x\" .\n";
        String g = "?graph=" + enc(facts);
        String boundary = "----kgtestboundary";
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"evil.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n" + turtle + "\r\n--" + boundary + "--\r\n";
        return Stream.of(
                Arguments.of("update= form to /sparql", post(DS + "/sparql", "application/x-www-form-urlencoded", "update=" + enc(insert)), false),
                Arguments.of("DROP ALL form to /sparql", post(DS + "/sparql", "application/x-www-form-urlencoded", "update=" + enc(dropAll)), false),
                Arguments.of("update= form to /update", post(DS + "/update", "application/x-www-form-urlencoded", "update=" + enc(insert)), true),
                Arguments.of("sparql-update to /update", post(DS + "/update", "application/sparql-update", insert), true),
                Arguments.of("sparql-update to /sparql", post(DS + "/sparql", "application/sparql-update", insert), false),
                Arguments.of("sparql-update to dataset", post(DS, "application/sparql-update", insert), true),
                Arguments.of("update= form to dataset", post(DS, "application/x-www-form-urlencoded", "update=" + enc(insert)), true),
                Arguments.of("GSP PUT /get", put(DS + "/get" + g, turtle), false),
                Arguments.of("GSP POST /get", post(DS + "/get" + g, "text/turtle", turtle), false),
                Arguments.of("GSP POST /get default", post(DS + "/get?default", "text/turtle", turtle), false),
                Arguments.of("GSP DELETE /get", delete(DS + "/get" + g), false),
                Arguments.of("GSP DELETE /get default", delete(DS + "/get?default"), false),
                Arguments.of("GSP PUT dataset", put(DS + g, turtle), true),
                Arguments.of("GSP POST dataset", post(DS + g, "text/turtle", turtle), true),
                Arguments.of("GSP DELETE dataset", delete(DS + g), true),
                Arguments.of("quads POST dataset", post(DS, "application/n-quads", "<http://example.org/evil> <http://example.org/p> \"x\" <" + facts + "> .\n"), true),
                Arguments.of("upload", post(DS + "/upload", "multipart/form-data; boundary=" + boundary, multipart), false),
                Arguments.of("data PUT", put(DS + "/data" + g, turtle), true));
    }

    static Stream<Arguments> writesAWritableFusekiAccepts() {
        return writeAttempts().filter(a -> (Boolean) a.get()[2]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeAttempts")
    void writesAreRefusedAndChangeNothing(String what, HttpRequest.Builder attempt, boolean writableServerAccepts) throws Exception {
        long expectedQuads = Txn.calculateRead(dump, () -> dump.stream().filter(q -> !q.isDefaultGraph()).count());
        long expectedDefault = Txn.calculateRead(dump, () -> dump.getDefaultGraph().size());
        assertEquals(expectedQuads, count(QUAD_COUNT), "before");

        var r = send(attempt);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + ": expected 4xx, got " + r.statusCode() + " " + text(r));

        assertEquals(expectedQuads, count(QUAD_COUNT), what + ": quad count changed");
        assertEquals(expectedDefault, count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), what + ": default graph changed");
        assertEquals(0, select("SELECT * WHERE { { <http://example.org/evil> ?p ?o } UNION { GRAPH ?g { <http://example.org/evil> ?p ?o } } }").size());
    }

    /**
     * The control: the same requests that a standard Fuseki with update enabled accepts do
     * change its data. So the refusals above come from the server being read-only, not from
     * requests that would have failed anyway.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("writesAWritableFusekiAccepts")
    void theSameWritesSucceedOnAWritableFuseki(String what, HttpRequest.Builder attempt, boolean writableServerAccepts) throws Exception {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Txn.executeRead(dump, () -> Txn.executeWrite(copy, () -> dump.find().forEachRemaining(copy::add)));
        FusekiServer writable = FusekiServer.create().port(0).loopback(true).add(DS, copy, true).build().start();
        try {
            long quads = Txn.calculateRead(copy, () -> copy.stream().filter(q -> !q.isDefaultGraph()).count());
            long triples = Txn.calculateRead(copy, () -> copy.getDefaultGraph().size());
            var r = send(attempt, "http://127.0.0.1:" + writable.getHttpPort());
            assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, what + " on a writable Fuseki: " + r.statusCode() + " " + text(r));
            long quadsAfter = Txn.calculateRead(copy, () -> copy.stream().filter(q -> !q.isDefaultGraph()).count());
            long triplesAfter = Txn.calculateRead(copy, () -> copy.getDefaultGraph().size());
            assertTrue(quads != quadsAfter || triples != triplesAfter, what + " changed nothing on a writable Fuseki");
        } finally {
            writable.stop();
        }
    }

    @Test
    void graphStoreGetReturnsTheOntologyGraph() throws Exception {
        Graph expected = Txn.calculateRead(dump, () -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dump.getGraph(NodeFactory.createURI(G + "ontology")).find().forEachRemaining(copy::add);
            return copy;
        });
        assertTrue(expected.size() > 100, "the ontology graph should not be trivial");
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES)) {
            var r = send(get(DS + "/get?graph=" + enc(G + "ontology")).header("Accept", lang.getHeaderString()));
            assertEquals(200, r.statusCode(), lang + ": " + text(r));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()), lang.getName());
            Graph got = RDFParser.fromString(text(r), lang).toGraph();
            assertTrue(got.isIsomorphicWith(expected), lang + ": not the ontology graph (" + got.size() + " vs " + expected.size() + " triples)");
        }
    }

    // ---------------------------------------------------------------- bad queries

    @Test
    void malformedQueryIs400() throws Exception {
        var r = send(get(DS + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p ")));
        assertEquals(400, r.statusCode(), text(r));
    }

    @Test
    void serviceIsDisabledAndFetchesNothing() throws Exception {
        // A local SPARQL "endpoint" that counts the requests it gets: it must get none.
        AtomicInteger hits = new AtomicInteger();
        HttpServer sentinel = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sentinel.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        sentinel.start();
        try {
            for (String target : List.of("http://example.org/sparql", "http://127.0.0.1:" + sentinel.getAddress().getPort() + "/sparql")) {
                String q = "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }";
                var r = send(get(DS + "/sparql?query=" + enc(q)));
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, target + ": expected 4xx, got " + r.statusCode() + " " + text(r));
                String msg = text(r).toLowerCase(Locale.ROOT);
                assertTrue(msg.contains("service") && (msg.contains("not allowed") || msg.contains("disabled")),
                        "message should say SERVICE is disabled: " + text(r));
            }
            assertEquals(0, hits.get(), "the server fetched a SERVICE URL");
        } finally {
            sentinel.stop(0);
        }
    }

    // ---------------------------------------------------------------- timeouts

    @Test
    void runawayQueryIsCutOffAndTheServerStillAnswers() throws Exception {
        withShortTimeoutServer((shortBase, shortClient) -> {
            long t0 = System.nanoTime();
            int status;
            try {
                var r = shortClient.send(HttpRequest.newBuilder(URI.create(shortBase + DS + "/sparql?query=" + enc(CROSS_PRODUCT)))
                        .timeout(Duration.ofSeconds(15)).GET().build(), BodyHandlers.ofString());
                status = r.statusCode();
            } catch (java.net.http.HttpTimeoutException e) {
                status = -1;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(status != -1, "the runaway query was not cut off within 15 s");
            assertNotEquals(200, status, "a runaway query should not succeed");
            assertEquals(503, status);
            assertTrue(ms < 15_000, "took " + ms + " ms");

            // The same server still answers a normal query, correctly.
            var ok = shortClient.send(HttpRequest.newBuilder(URI.create(shortBase + DS + "/sparql?query=" + enc(TREATIES_QUERY)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(15)).GET().build(),
                    BodyHandlers.ofByteArray());
            assertEquals(200, ok.statusCode());
            assertSameResults(local(TREATIES_QUERY), ResultSetMgr.read(new ByteArrayInputStream(ok.body()), ResultSetLang.RS_JSON), true);
        });
    }

    @Test
    void namedQueryPastTheTimeoutIsAClean503() throws Exception {
        withShortTimeoutServer((shortBase, shortClient) -> {
            long t0 = System.nanoTime();
            var r = shortClient.send(HttpRequest.newBuilder(URI.create(shortBase + "/api/queries/slow"))
                    .timeout(Duration.ofSeconds(15)).GET().build(), BodyHandlers.ofString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonObject o = JSON.parse(r.body());
            assertTrue(o.get("error").isString());
            assertTrue(o.getString("error").contains("slow"), r.body());
            assertTrue(ms < 15_000, "took " + ms + " ms");

            // The catalog's other query still runs on that server.
            var ok = shortClient.send(HttpRequest.newBuilder(URI.create(shortBase + "/api/queries/quick"))
                    .timeout(Duration.ofSeconds(15)).GET().build(), BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
        });
    }

    interface ServerCheck {
        void run(String base, HttpClient client) throws Exception;
    }

    /**
     * A second server on the same database with a 1 s timeout and a catalog of its own (a slow
     * query and a quick one). The timeout is the server's own: the main server keeps its longer one.
     */
    private static void withShortTimeoutServer(ServerCheck check) throws Exception {
        Path queries = Files.createDirectories(tmp.resolve("slow-queries"));
        Files.writeString(queries.resolve("slow.rq"), "# title: slow\n# description: A cross product that cannot finish.\n" + CROSS_PRODUCT + "\n");
        Files.writeString(queries.resolve("quick.rq"), "# title: quick\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n");
        FusekiServer slow = KgServer.create(db, new QueryCatalog(queries), new ServerSettings("127.0.0.1", 0, 1000, 8)).start();
        try {
            check.run("http://127.0.0.1:" + slow.getHttpPort(), HttpClient.newHttpClient());
        } finally {
            slow.stop();
        }
    }

    // ---------------------------------------------------------------- CORS, UI

    @Test
    void corsHeaders() throws Exception {
        String origin = "http://charts.example.org";
        var r = send(get(DS + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1")).header("Origin", origin));
        assertEquals(200, r.statusCode());
        String allow = r.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
        assertNotNull(allow, "no Access-Control-Allow-Origin on a GET with Origin: " + r.headers().map());
        assertTrue(allow.equals("*") || allow.equals(origin), allow);

        var pre = send(HttpRequest.newBuilder(URI.create(base + DS + "/sparql")).timeout(Duration.ofSeconds(30))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type"));
        assertTrue(pre.statusCode() >= 200 && pre.statusCode() < 300, "preflight: " + pre.statusCode());
        String preAllow = pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
        assertNotNull(preAllow, "preflight: " + pre.headers().map());
        assertTrue(preAllow.equals("*") || preAllow.equals(origin), preAllow);
        String methods = pre.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.toUpperCase(Locale.ROOT).contains("POST"), "Allow-Methods: " + methods);
        String headers = pre.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        assertTrue(headers.toLowerCase(Locale.ROOT).contains("content-type"), "Allow-Headers: " + headers);
    }

    @Test
    void fusekiUiIsServedWithReadOnlyServicesAndNoAdmin() throws Exception {
        var ui = send(get("/"));
        assertEquals(200, ui.statusCode());
        assertTrue(ui.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(text(ui).toLowerCase(Locale.ROOT).contains("<html"), "not HTML");
        // The UI's "server status" light polls /$/ping.
        assertEquals(200, send(get("/$/ping")).statusCode());

        var status = send(get("/$/server"));
        assertEquals(200, status.statusCode(), text(status));
        JsonObject o = JSON.parse(text(status));
        JsonArray datasets = o.get("datasets").getAsArray();
        assertEquals(1, datasets.size(), text(status));
        JsonObject ds = datasets.get(0).getAsObject();
        assertEquals(DS, ds.getString("ds.name"));
        Set<String> types = new HashSet<>();
        for (JsonValue s : ds.get("ds.services").getAsArray()) types.add(s.getAsObject().getString("srv.type"));
        assertTrue(types.contains("query"), types.toString());
        assertTrue(Set.of("query", "gsp-r").containsAll(types), "services other than read ones: " + types);

        assertEquals(404, send(get("/$/datasets")).statusCode());
        // No admin API: creating a dataset or a backup is refused (the UI's static files answer 404/405),
        // and the server still has the one dataset.
        for (String admin : List.of("/$/datasets", "/$/backup" + DS, "/$/compact" + DS, "/$/tasks")) {
            int code = send(post(admin, "application/x-www-form-urlencoded", "dbName=evil&dbType=mem")).statusCode();
            assertTrue(code == 404 || code == 405, "POST " + admin + ": " + code);
        }
        JsonArray after = JSON.parse(text(send(get("/$/server")))).get("datasets").getAsArray();
        assertEquals(1, after.size(), "a dataset was added");
    }

    // ---------------------------------------------------------------- named-query API

    private static final Pattern PARAM_LINE = Pattern.compile("^#\\s*param:\\s*(\\w+)\\s*\\(([^)]*)\\).*$");

    @Test
    void listsEveryNamedQueryWithItsParameters() throws Exception {
        var r = send(get("/api/queries"));
        assertEquals(200, r.statusCode());
        JsonArray list = JSON.parse(text(r)).get("queries").getAsArray();
        Map<String, JsonObject> byName = new HashMap<>();
        for (JsonValue v : list) byName.put(v.getAsObject().getString("name"), v.getAsObject());

        Path dir = project.layout().queries();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).toList();
        }
        assertEquals(files.stream().map(p -> p.getFileName().toString().replace(".rq", "")).collect(Collectors.toSet()), byName.keySet());

        for (Path f : files) {
            JsonObject q = byName.get(f.getFileName().toString().replace(".rq", ""));
            // The header's param lines, read here independently of the loader's parser.
            List<List<Object>> declared = new ArrayList<>();
            for (String line : Files.readAllLines(f)) {
                Matcher m = PARAM_LINE.matcher(line);
                if (!m.matches()) continue;
                String[] spec = m.group(2).split(",");
                boolean required = spec.length == 1;
                String type = spec[0].strip();
                // A list of choices (year|month) is listed as type "choice" with its "choices".
                declared.add(type.contains("|") ? List.of(m.group(1), "choice", required, List.of(type.split("\\|")))
                        : List.of(m.group(1), type, required));
            }
            List<List<Object>> listed = new ArrayList<>();
            for (JsonValue p : q.get("parameters").getAsArray()) {
                JsonObject po = p.getAsObject();
                listed.add(po.hasKey("choices")
                        ? List.of(po.getString("name"), po.getString("type"), po.get("required").getAsBoolean().value(),
                                po.get("choices").getAsArray().stream().map(c -> c.getAsString().value()).toList())
                        : List.of(po.getString("name"), po.getString("type"), po.get("required").getAsBoolean().value()));
            }
            assertEquals(declared, listed, f.getFileName().toString());
        }
        // Two spot checks against the query files' documented headers.
        assertEquals(List.of("party", "date"), byName.get("party-status").get("parameters").getAsArray().stream()
                .map(p -> p.getAsObject().getString("name")).toList());
        JsonObject date = byName.get("party-status").get("parameters").getAsArray().get(1).getAsObject();
        assertEquals("today", date.getString("default"));
        assertFalse(date.get("required").getAsBoolean().value());
    }

    @Test
    void namedQueryAsJsonAndCsvEqualsTheInProcessRun() throws Exception {
        NamedQuery q = catalog.get("us-russia-treaties-in-force").orElseThrow();
        Node day = NodeFactory.createLiteralDT("2012-03-01", XSDDatatype.XSDdate);
        ResultSetRewindable expected = QueryRunner.run(dump, q, Map.of("date", day), 0);

        Set<String> treaties = new HashSet<>();
        expected.reset();
        expected.forEachRemaining(qs -> treaties.add(qs.getResource("treaty").getURI()));
        // On 2012-03-01 New START (in force 2011-02-05) bound both; START I had expired (2009-12-05).
        assertTrue(treaties.contains(ID + "treaty/new-start"), treaties.toString());
        assertFalse(treaties.contains(ID + "treaty/start-i"), treaties.toString());

        var json = send(get("/api/queries/us-russia-treaties-in-force?date=2012-03-01"));
        assertEquals(200, json.statusCode(), text(json));
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertSameResults(expected, parse(json, ResultSetLang.RS_JSON), true);

        var csv = send(get("/api/queries/us-russia-treaties-in-force?date=2012-03-01").header("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), text(csv));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(CsvRows.lexicalRows(expected), CsvRows.lexicalRows(parse(csv, ResultSetLang.RS_CSV)));

        var tsv = send(get("/api/queries/us-russia-treaties-in-force?date=2012-03-01").header("Accept", "text/tab-separated-values"));
        assertEquals(200, tsv.statusCode(), text(tsv));
        assertSameResults(expected, parse(tsv, ResultSetLang.RS_TSV), true);

        // A different day gives a different answer: the parameter really is bound.
        var later = send(get("/api/queries/us-russia-treaties-in-force?date=2024-03-01"));
        ResultSetRewindable laterRs = ResultSetFactory.copyResults(parse(later, ResultSetLang.RS_JSON));
        expected.reset();
        assertFalse(ResultSetCompare.equalsByTerm(expected, laterRs), "2012 and 2024 should differ");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("us-russia-treaties-in-force?date=2012-13-01", 400, "date"),
                Arguments.of("us-russia-treaties-in-force?date=yesterday", 400, "date"),
                Arguments.of("party-status?party=Q999999&date=2021-06-01", 400, "party"),
                Arguments.of("party-status?party=no-such-state&date=2021-06-01", 400, "party"),
                Arguments.of("party-status?party=new-start&date=2021-06-01", 400, "party"),
                Arguments.of("party-status?date=2021-06-01", 400, "party"),
                Arguments.of("us-russia-treaties-in-force?date=2012-03-01&colour=red", 400, "colour"),
                Arguments.of("us-russia-treaties-in-force?date=2012-03-01&date=2013-03-01", 400, "date"),
                Arguments.of("in-force-series?from=2026-01-01&to=1960-01-01", 400, "to"),
                Arguments.of("in-force-series?from=1900-01-01&to=2026-01-01&step=month", 400, "to"),
                Arguments.of("in-force-series?from=1972-01-01&to=2026-01-01&step=week", 400, "step"),
                Arguments.of("in-force-series?from=1972-01-01&to=2026-01-01&kind=trilateral", 400, "kind"),
                Arguments.of("events-between?from=2022-01-01&to=2022-12-31&kind=Agreement", 400, "kind"),
                Arguments.of("treaty-timeline?perParty=yes", 400, "perParty"),
                Arguments.of("no-such-query", 404, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("badRequests")
    void badNamedQueryRequestsAreJsonErrorsNamingTheParameter(String pathAndQuery, int status, String parameter) throws Exception {
        var r = send(get("/api/queries/" + pathAndQuery));
        assertEquals(status, r.statusCode(), text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject o = JSON.parse(text(r));
        assertTrue(o.hasKey("error") && o.get("error").isString() && !o.getString("error").isBlank(), text(r));
        if (parameter != null) {
            assertEquals(parameter, o.getString("parameter"), text(r));
            assertTrue(o.getString("error").contains(parameter), "message should name the parameter: " + text(r));
        }
    }

    @Test
    void partyByIriSlugOrQidGivesTheSameResult() throws Exception {
        List<ResultSetRewindable> results = new ArrayList<>();
        for (String party : List.of("Q159", "ru", ID + "party/ru")) {
            var r = send(get("/api/queries/party-status?party=" + enc(party) + "&date=2021-06-01"));
            assertEquals(200, r.statusCode(), party + ": " + text(r));
            results.add(ResultSetFactory.copyResults(parse(r, ResultSetLang.RS_JSON)));
        }
        NamedQuery q = catalog.get("party-status").orElseThrow();
        ResultSetRewindable expected = QueryRunner.run(dump, q, Map.of(
                "party", NodeFactory.createURI(ID + "party/ru"),
                "date", NodeFactory.createLiteralDT("2021-06-01", XSDDatatype.XSDdate)), 0);
        assertTrue(expected.size() > 0, "Russia held treaty roles in 2021");
        for (ResultSetRewindable rs : results) assertSameResults(expected, rs, true);
    }

    // ---------------------------------------------------------------- helpers

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(baseOrLater(path))).timeout(Duration.ofSeconds(30)).GET();
    }

    private static HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(baseOrLater(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(BodyPublishers.ofString(body, UTF_8));
    }

    private static HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseOrLater(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(body, UTF_8));
    }

    private static HttpRequest.Builder delete(String path) {
        return HttpRequest.newBuilder(URI.create(baseOrLater(path))).timeout(Duration.ofSeconds(30)).DELETE();
    }

    /** Method sources run before @BeforeAll knows the port: a placeholder host, filled in by send(). */
    private static String baseOrLater(String path) {
        return (base != null ? base : "http://placeholder") + path;
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpRequest req = b.build();
        return req.uri().getHost().equals("placeholder") ? send(b, base) : http.send(req, BodyHandlers.ofByteArray());
    }

    /** The request, sent to the same path on another server. */
    private static HttpResponse<byte[]> send(HttpRequest.Builder b, String otherBase) throws IOException, InterruptedException {
        HttpRequest req = b.build();
        URI u = req.uri();
        URI real = URI.create(otherBase + u.getRawPath() + (u.getRawQuery() != null ? "?" + u.getRawQuery() : ""));
        return http.send(HttpRequest.newBuilder(req, (n, v) -> true).uri(real).build(), BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), UTF_8);
    }

    private static ResultSet parse(HttpResponse<byte[]> r, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang);
    }

    /** A SELECT over HTTP (JSON), materialised. */
    private static ResultSetRewindable select(String query) throws Exception {
        var r = send(get(DS + "/sparql?query=" + enc(query)).header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), query + ": " + text(r));
        return ResultSetFactory.copyResults(parse(r, ResultSetLang.RS_JSON));
    }

    private static long count(String query) throws Exception {
        ResultSetRewindable rs = select(query);
        assertEquals(1, rs.size());
        return rs.next().getLiteral("n").getLong();
    }

    /** The same query, in process, on the dump read into memory. */
    private static ResultSetRewindable local(String query) {
        return Txn.calculateRead(dump, () -> {
            try (QueryExec qe = QueryExec.dataset(dump).query(query).build()) {
                return ResultSetFactory.copyResults(ResultSet.adapt(qe.select()));
            }
        });
    }

    private static void assertSameResults(ResultSetRewindable expected, ResultSet actual, boolean ordered) {
        ResultSetRewindable got = ResultSetFactory.copyResults(actual);
        expected.reset();
        assertEquals(expected.getResultVars(), got.getResultVars(), "variables");
        boolean same = ordered ? ResultSetCompare.equalsByTermAndOrder(expected, got) : ResultSetCompare.equalsByTerm(expected, got);
        if (!same) {
            expected.reset();
            got.reset();
            fail("result sets differ\nexpected:\n" + ResultSetFormatter.asText(expected) + "\ngot:\n" + ResultSetFormatter.asText(got));
        }
        expected.reset();
    }

}
