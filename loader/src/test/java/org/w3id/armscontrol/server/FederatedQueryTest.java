package org.w3id.armscontrol.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;

/**
 * SERVICE through the allow-list, over real HTTP: a second, real Fuseki stands in for the
 * Wikidata Query Service, and the graph's server routes Wikidata's SERVICE IRI to it through
 * Jena's service-executor chain. The query text names the real Wikidata endpoint, unchanged.
 */
class FederatedQueryTest {

    static DatasetGraph db;
    static FusekiServer standIn;
    static FusekiServer server;
    static final AtomicInteger standInRequests = new AtomicInteger();
    /** The SPARQL text of every query the stand-in received. */
    static final java.util.List<String> standInQueries = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, TestProject.resource("wikidata/stand-in.ttl").toString());
        standIn = FusekiServer.create().port(0).loopback(true).add("/wikidata", fixture, false)
                .addFilter("/*", (req, resp, chain) -> {
                    standInRequests.incrementAndGet();
                    String q = req.getParameter("query");
                    if (q != null) standInQueries.add(q);
                    chain.doFilter(req, resp);
                })
                .build().start();
        SharedBuild shared = SharedBuild.get();
        db = shared.database;
        String standInUrl = "http://127.0.0.1:" + standIn.getHttpPort() + "/wikidata/sparql";
        server = KgServer.create(db, shared.catalog(),
                new ServerSettings("127.0.0.1", 0, 10_000, 8, new ServicePolicy(Map.of(ServicePolicy.WIKIDATA, standInUrl))))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (standIn != null) standIn.stop();
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

    static ResultSet runShipped(String file) throws Exception {
        String text = java.nio.file.Files.readString(TestProject.repository().resolve("queries/wikidata/" + file));
        assertTrue(text.contains("SERVICE <https://query.wikidata.org/sparql>"), file + " names the real endpoint");
        HttpResponse<String> r = query(text);
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    @Test
    void treatiesJoinWikidataOnTheirEnglishWikipediaTitle() throws Exception {
        standInQueries.clear();
        Set<String> rows = new TreeSet<>();
        runShipped("treaties-on-wikidata.rq").forEachRemaining(s -> rows.add(s.getResource("treaty").getURI().replace("https://w3id.org/arms-control/id/", "")
                + " | " + s.getResource("item").getURI().replace("http://www.wikidata.org/entity/", "")
                + " | " + s.getLiteral("description").getString() + " | " + s.getLiteral("linkedBy").getString()));
        // The stand-in has sitelinks for these two titles only; neither treaty is reconciled here.
        assertEquals(Set.of(
                "treaty/inf-treaty | Q900000004 | fixture: 1987 US–Soviet treaty | sitelink only (unreconciled here)",
                "treaty/new-start | Q900000001 | fixture: 2010 nuclear arms reduction treaty | sitelink only (unreconciled here)"), rows);
        // A bind join: each request carries one title, so the live service is never asked for every sitelink.
        assertTrue(standInQueries.stream().anyMatch(q -> q.contains("\"New START\"@en")), standInQueries.toString());
        assertTrue(standInQueries.stream().noneMatch(q -> q.contains("?enwikiTitle")), standInQueries.toString());
    }

    @Test
    void signersComeWithTheirWikidataBirthDates() throws Exception {
        Set<String> rows = new TreeSet<>();
        runShipped("treaty-signers-birth-dates.rq").forEachRemaining(s -> rows.add(s.getResource("treaty").getURI() + " "
                + s.getResource("person").getURI() + " " + s.getLiteral("birthDate").getLexicalForm()));
        // Expected: every signing actor of the graph linked to one of the four items the stand-in dates.
        Map<String, String> born = Map.of("Q9960", "1911-02-06", "Q30487", "1931-03-02", "Q76", "1961-08-04", "Q23530", "1965-09-14");
        Set<String> expected = new TreeSet<>();
        String signers = """
                PREFIX ac: <https://w3id.org/arms-control/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?treaty ?person ?item WHERE { ?s a ac:Signing ; ac:treaty ?treaty ; ac:actor ?person . ?person owl:sameAs ?item }
                """;
        org.apache.jena.system.Txn.executeRead(db, () -> org.apache.jena.query.QueryExecution
                .dataset(org.apache.jena.query.DatasetFactory.wrap(db)).query(signers).select().forEachRemaining(s -> {
                    String qid = s.getResource("item").getLocalName();
                    if (born.containsKey(qid)) {
                        expected.add(s.getResource("treaty").getURI() + " " + s.getResource("person").getURI() + " " + born.get(qid) + "T00:00:00Z");
                    }
                }));
        assertTrue(expected.size() >= 4, "the graph should have linked signers: " + expected);
        assertEquals(expected, rows);
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
