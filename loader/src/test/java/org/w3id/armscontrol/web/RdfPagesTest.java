package org.w3id.armscontrol.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.vocab.AC;

/**
 * The entity and ontology pages as RDF, over real HTTP: each syntax, asked for by {@code Accept}
 * or by {@code format=}, parses with Jena and holds the same triples as the SPARQL endpoint's
 * {@code DESCRIBE} (for an entity) or the build's ontology graph (for {@code /ontology}); an IRI
 * the graph lacks is a 404 page.
 */
class RdfPagesTest {
    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** The endpoint's own DESCRIBE of {@code iri}, as N-Triples. */
    private static Graph describe(String iri) throws Exception {
        HttpResponse<String> r = server.get("/arms-control/sparql?query=" + URLEncoder.encode("DESCRIBE <" + iri + ">", UTF_8), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
    }

    private static Graph parse(HttpResponse<String> r, Lang lang) {
        return RDFParser.fromString(r.body(), lang).base(server.base).toGraph();
    }

    @ParameterizedTest
    @CsvSource({
            "/id/treaty/new-start, text/turtle, ttl, TURTLE",
            "/id/treaty/new-start, application/ld+json, jsonld, JSONLD",
            "/id/treaty/new-start, application/n-triples, nt, NTRIPLES",
            "/id/treaty/new-start, application/rdf+xml, rdfxml, RDFXML",
            "/id/party/ru, 'text/html;q=0.5, text/turtle;q=0.9', ttl, TURTLE",
            "/id/category/deployed-strategic-warhead, application/ld+json, jsonld, JSONLD"})
    void anEntityInEachSyntaxIsTheEndpointsDescribe(String path, String accept, String format, String langName) throws Exception {
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        Graph want = describe(AC.ID + path.substring("/id/".length()));
        assertTrue(want.size() > 10, "a real description: " + want.size());

        HttpResponse<String> byAccept = server.get(path, "Accept", accept);
        assertEquals(200, byAccept.statusCode(), byAccept.body());
        assertTrue(byAccept.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()),
                byAccept.headers().firstValue("Content-Type").orElse(""));
        assertTrue(byAccept.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        Graph got = parse(byAccept, lang);
        assertTrue(got.isIsomorphicWith(want), path + " as " + accept + ": " + got.size() + " triples, DESCRIBE " + want.size());

        HttpResponse<String> byFormat = server.get(path + "?format=" + format, "Accept", "text/html");
        assertEquals(200, byFormat.statusCode(), byFormat.body());
        assertTrue(parse(byFormat, lang).isIsomorphicWith(want), path + "?format=" + format);
    }

    @Test
    void jsonLdRefersToThePublishedContextAsTheEndpointDoes() throws Exception {
        HttpResponse<String> r = server.get("/id/treaty/new-start?format=jsonld");
        assertEquals(server.base + "/context.jsonld", org.apache.jena.atlas.json.JSON.parse(r.body()).getString("@context"));
        assertTrue(r.body().contains("\"treaty:new-start\""), "IRIs compacted with the project's prefixes");
    }

    @Test
    void aBrowserGetsHtmlAndAnUnknownIriIsA404Page() throws Exception {
        HttpResponse<String> html = server.get("/id/treaty/new-start", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String path : List.of("/id/treaty/no-such-treaty", "/id/treaty", "/id/", "/id/treaty/new-start/extra")) {
            HttpResponse<String> missing = server.get(path, "Accept", "text/html");
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.body().contains("<header class=\"site\">"), "a page of the site, not a bare error: " + path);
            assertEquals(404, server.get(path, "Accept", "text/turtle").statusCode(), path + " as Turtle");
        }
        assertEquals(400, server.get("/id/treaty/new-start?format=pdf").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES", "application/rdf+xml, RDFXML"})
    void theOntologyAsRdfIsTheBuildsOntologyGraph(String accept, String langName) throws Exception {
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        var dump = SharedBuild.get().dump;
        Graph want = GraphFactory.createDefaultGraph();
        Txn.executeRead(dump, () -> dump.getGraph(AC.GRAPH_ONTOLOGY).find().forEachRemaining(want::add));
        assertTrue(want.contains(AC.Treaty, Node.ANY, Node.ANY));
        HttpResponse<String> r = server.get("/ontology", "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        Graph got = parse(r, lang);
        assertTrue(got.isIsomorphicWith(want), "ontology as " + accept + ": " + got.size() + " triples, graph " + want.size());
    }
}
