package org.w3id.armscontrol.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.store.BuildStore;

/**
 * SERVICE through the allow-list, over real HTTP: a second, real Fuseki stands in for the
 * Wikidata Query Service, and the graph's server routes Wikidata's SERVICE IRI to it through
 * Jena's service-executor chain. The query text names the real Wikidata endpoint, unchanged.
 */
class FederatedQueryTest {

    @TempDir static Path tmp;
    static DatasetGraph db;
    static FusekiServer standIn;
    static FusekiServer server;
    static final AtomicInteger standInRequests = new AtomicInteger();
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, TestProject.resource("wikidata/stand-in.ttl").toString());
        standIn = FusekiServer.create().port(0).loopback(true).add("/wikidata", fixture, false)
                .addFilter("/*", (req, resp, chain) -> {
                    standInRequests.incrementAndGet();
                    chain.doFilter(req, resp);
                })
                .build().start();
        TestProject project = TestProject.copyOfRepository(tmp);
        Path build = project.builder().build();
        db = BuildStore.openDatabase(project.store().database(build));
        String standInUrl = "http://127.0.0.1:" + standIn.getHttpPort() + "/wikidata/sparql";
        server = KgServer.create(db, new QueryCatalog(project.layout().queries()),
                new ServerSettings("127.0.0.1", 0, 10_000, 8, new ServicePolicy(Map.of(ServicePolicy.WIKIDATA, standInUrl))))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (standIn != null) standIn.stop();
        if (db != null) TDBInternal.expel(db);
        ServicePolicy.wikidataOnly().install(ARQ.getContext());
    }

    static HttpResponse<String> query(String q) throws Exception {
        String url = "http://127.0.0.1:" + server.getHttpPort() + "/arms-control/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void wikidataServiceIsRoutedToTheStandIn() throws Exception {
        int before = standInRequests.get();
        // The shipped query file, unchanged: it names the real Wikidata endpoint.
        String text = java.nio.file.Files.readString(TestProject.repository().resolve("queries/wikidata/parties-iso-codes.rq"));
        HttpResponse<String> r = query(text);
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        Set<String> rows = new TreeSet<>();
        rs.forEachRemaining(s -> rows.add(s.getResource("party").getURI() + " " + s.getLiteral("iso").getString()));
        // The graph links us and ru to Q30 and Q159; the stand-in knows only those two codes.
        assertEquals(Set.of("https://w3id.org/arms-control/id/party/ru RU", "https://w3id.org/arms-control/id/party/us US"), rows);
        assertTrue(standInRequests.get() > before, "the stand-in was never asked");
    }

    @Test
    void anyOtherServiceIsRefusedWithoutARequest() throws Exception {
        int before = standInRequests.get();
        String other = "http://127.0.0.1:" + standIn.getHttpPort() + "/wikidata/sparql";
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE <" + other + "> { ?s ?p ?o } }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertTrue(r.body().contains("is not allowed"), r.body());
        assertEquals(before, standInRequests.get(), "a refused SERVICE still reached the stand-in");
    }
}
