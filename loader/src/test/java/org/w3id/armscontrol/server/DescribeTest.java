package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.vocab.AC;

/**
 * DESCRIBE on a real server: a resource with its own triples and the nodes pointing to it,
 * Turtle with the project's prefixes, and JSON-LD compacted against the context the server
 * publishes, which parses back to the same graph.
 */
class DescribeTest {
    private static final String NEW_START = "https://w3id.org/arms-control/id/treaty/new-start";
    private static final String DESCRIBE = "DESCRIBE <" + NEW_START + ">";
    private static DatasetGraph dump;
    private static FusekiServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        SharedBuild shared = SharedBuild.get();
        dump = shared.dump;
        server = KgServer.create(shared.database, shared.catalog(), new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 8)).start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static HttpResponse<String> sparql(String query, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + ServerSettings.DATASET + "/sparql?query=" + URLEncoder.encode(query, UTF_8)))
                .header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build(), BodyHandlers.ofString(UTF_8));
    }

    /** What the description should be, by a CONSTRUCT of its own on the dump. */
    private static Graph expected(String iri) {
        String q = "CONSTRUCT { <" + iri + "> ?p ?o . ?s ?in <" + iri + "> . ?s ?sp ?so } WHERE {"
                + " { <" + iri + "> ?p ?o } UNION { ?s ?in <" + iri + "> FILTER(?in != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) ?s ?sp ?so }"
                + " UNION { ?s ?in <" + iri + "> } }";
        return Txn.calculateRead(dump, () -> {
            try (QueryExec qe = QueryExec.dataset(dump).query(q).build()) {
                return qe.construct();
            }
        });
    }

    @Test
    void describeGivesOutgoingAndIncomingTriplesInTurtleWithTheProjectPrefixes() throws Exception {
        var r = sparql(DESCRIBE, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph got = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        Node treaty = NodeFactory.createURI(NEW_START);

        // An incoming event triple: an event of the treaty points to it.
        assertTrue(got.find(Node.ANY, AC.treaty, treaty).toList().stream()
                .anyMatch(t -> t.getSubject().getURI().startsWith(AC.ID + "event/")), "no event pointing to New START");
        // The event's own triples come too (its date), and the treaty's own (its label).
        Triple event = got.find(Node.ANY, AC.treaty, treaty).toList().stream()
                .filter(t -> t.getSubject().getURI().startsWith(AC.ID + "event/")).findFirst().orElseThrow();
        assertTrue(got.find(event.getSubject(), AC.date, Node.ANY).hasNext(), "the event's date");
        assertTrue(got.find(treaty, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).hasNext());

        Graph want = expected(NEW_START);
        assertTrue(got.isIsomorphicWith(want), "DESCRIBE differs from the CONSTRUCT: " + got.size() + " vs " + want.size() + " triples");

        assertTrue(r.body().matches("(?s).*(@prefix|PREFIX)\\s+treaty:\\s+<" + AC.ID + "treaty/>.*"), "treaty: prefix declared");
        assertTrue(r.body().matches("(?s).*(@prefix|PREFIX)\\s+ac:\\s+<" + AC.NS + ">.*"), "ac: prefix declared");
        assertTrue(r.body().contains("treaty:new-start") && r.body().contains("ac:treaty"), "prefixes used");
        assertFalse(r.body().contains("<" + NEW_START + ">"), "New START written in full instead of treaty:new-start");
    }

    @Test
    void jsonLdIsCompactedAgainstThePublishedContextAndParsesToTheSameGraph() throws Exception {
        var ttl = sparql(DESCRIBE, "text/turtle");
        Graph turtle = RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph();

        var r = sparql(DESCRIBE, "application/ld+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        JsonObject doc = JSON.parse(r.body());
        String context = base + "/context.jsonld";
        assertEquals(context, doc.getString("@context"), "the answer refers to the published context");
        assertTrue(r.body().contains("\"treaty:new-start\""), "IRIs are compacted");

        // The context is served, and a JSON-LD processor (Jena's, fetching it over HTTP) expands the answer.
        var ctx = HTTP.send(HttpRequest.newBuilder(URI.create(context)).GET().build(), BodyHandlers.ofString(UTF_8));
        assertEquals(200, ctx.statusCode());
        assertTrue(ctx.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(AC.ID + "treaty/", JSON.parse(ctx.body()).get("@context").getAsObject().getString("treaty"));

        Graph jsonld = RDFParser.fromString(r.body(), Lang.JSONLD).base(base).toGraph();
        assertTrue(jsonld.size() > 50, "a real description: " + jsonld.size());
        assertTrue(jsonld.isIsomorphicWith(turtle), "JSON-LD " + jsonld.size() + " triples, Turtle " + turtle.size());
    }

    @Test
    void describeWithAWhereClauseDescribesEachSolution() throws Exception {
        String q = "PREFIX ac: <" + AC.NS + "> DESCRIBE ?limit WHERE { ?limit ac:treaty <" + NEW_START + "> ; a ac:Limit }";
        var r = sparql(q, "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph got = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
        var limits = Txn.calculateRead(dump, () -> dump.getDefaultGraph().find(Node.ANY, AC.treaty, NodeFactory.createURI(NEW_START)).toList()
                .stream().map(Triple::getSubject).filter(s -> dump.getDefaultGraph().contains(s, org.apache.jena.vocabulary.RDF.Nodes.type, AC.Limit)).toList());
        assertEquals(3, limits.size(), "New START has three central limits");
        for (Node limit : limits) {
            Graph want = expected(limit.getURI());
            want.find().forEachRemaining(t -> assertTrue(got.contains(t), "missing " + t));
        }
    }

    /** The server's DESCRIBE is its own: Jena's default, process-wide one still gives only outgoing triples. */
    @Test
    void jenaDescribeElsewhereInTheProcessIsUnchanged() {
        Graph plain = Txn.calculateRead(dump, () -> {
            try (QueryExec qe = QueryExec.dataset(dump).query(DESCRIBE).build()) {
                return qe.describe();
            }
        });
        assertTrue(plain.size() > 0);
        assertFalse(plain.find(Node.ANY, AC.treaty, NodeFactory.createURI(NEW_START)).hasNext(), "incoming triples leaked into Jena's DESCRIBE");
    }
}
