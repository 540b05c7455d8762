package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.vocab.AC;

/**
 * The server-rendered pages in a real headless Chromium, each checked against the shared build
 * (SPARQL over its dump, or a named query): an entity page's quotes and events, its Chinese
 * labels, the ontology's sections and diagram, the downloads and their checksums, and the home
 * page's coverage table. Every page is screenshotted and must log no error and ask no other host.
 */
class PagesBrowserTest {
    private static final String NEW_START = AC.ID + "treaty/new-start";
    private static final String PREFIXES = "PREFIX ac: <" + AC.NS + "> PREFIX prov: <http://www.w3.org/ns/prov#>"
            + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX owl: <http://www.w3.org/2002/07/owl#> ";
    private static WebTestServer server;
    private static Browser browser;
    private static DatasetGraph dump;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
        browser = Browser.open(server.port());
        dump = SharedBuild.get().dump;
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    /** One column of a SELECT over the dump, as strings (IRIs or lexical forms), in the query's order. */
    private static List<String> column(String query, String var) {
        return Txn.calculateRead(dump, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dump).query(PREFIXES + query).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(b -> {
                    Node n = b.get(var);
                    out.add(n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                });
            }
            return out;
        });
    }

    private static List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static List<String> attributes(String css, String attribute) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    @Test
    void anEntityPageShowsTheQuotesOfItsSourcesAndItsEventsInDateOrder() throws Exception {
        browser.visit("/id/treaty/new-start");
        List<String> quotes = column("SELECT DISTINCT ?q WHERE { <" + NEW_START + "> prov:wasDerivedFrom ?c . ?c prov:value ?q } ORDER BY ?q", "q");
        assertFalse(quotes.isEmpty(), "New START has quoted claims in the data");
        Set<String> shown = new TreeSet<>(texts("blockquote.quote"));
        assertEquals(new TreeSet<>(quotes), shown, "the verbatim quotes of the treaty's claims");

        List<String> events = column("SELECT DISTINCT ?e ?from WHERE { { ?e ac:treaty <" + NEW_START + "> } UNION { ?e ac:party <" + NEW_START
                + "> } UNION { ?e ac:subject <" + NEW_START + "> } ?e ac:date ?d ; ac:dateFrom ?from } ORDER BY ?from ?e", "e");
        assertTrue(events.size() > 5, "New START has events: " + events.size());
        assertEquals(events, attributes("table.events tr.event", "data-iri"), "the events pointing to the treaty, in date order");
        // Each event links to its own page, which is served.
        String first = browser.driver.findElement(By.cssSelector("table.events tr.event a[href^='/id/event/']")).getAttribute("pathname");
        assertEquals(200, server.get(first).statusCode(), first);

        // Incoming links: every node that points to the treaty is listed.
        List<String> incoming = column("SELECT DISTINCT ?s WHERE { ?s ?p <" + NEW_START + "> } ORDER BY ?s", "s");
        Set<String> linked = new TreeSet<>();
        for (String href : attributes("table.incoming a", "href")) linked.add(href);
        for (String s : incoming) {
            if (!s.startsWith(AC.ID)) continue;
            assertTrue(linked.contains(server.base + "/id/" + s.substring(AC.ID.length())), "incoming link from " + s);
        }
        // The Wikidata item and the Wikipedia article of the data.
        List<String> qids = column("SELECT ?q WHERE { <" + NEW_START + "> owl:sameAs ?q }", "q");
        assertEquals(qids.stream().map(q -> "https://www.wikidata.org/wiki/" + q.substring(q.lastIndexOf('/') + 1)).toList(), attributes("a.wikidata", "href"));
        List<String> articles = column("SELECT ?a WHERE { ?a <https://schema.org/about> <" + NEW_START + "> ; <https://schema.org/isPartOf> <https://en.wikipedia.org/> }", "a");
        assertEquals(articles, attributes("a.wikipedia", "href"));
        browser.screenshot("entity-new-start-en");
        browser.assertCleanSinceLastCheck();

        browser.visit("/id/treaty/no-such-treaty");
        assertFalse(texts("main h1").isEmpty());
        browser.screenshot("entity-not-found");
        browser.driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // the 404 itself is logged as a failed load
        browser.driver.manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE);
    }

    @Test
    void switchingToChineseShowsTheChineseLabelsOfTheData() throws Exception {
        for (String iri : List.of(NEW_START, AC.ID + "party/ru")) {
            String zh = column("SELECT ?l WHERE { <" + iri + "> rdfs:label ?l FILTER(LANG(?l) = \"zh\") }", "l").get(0);
            String en = column("SELECT ?l WHERE { <" + iri + "> rdfs:label ?l FILTER(LANG(?l) = \"en\") }", "l").get(0);
            browser.visit("/id/" + iri.substring(AC.ID.length()));
            assertEquals(en, browser.driver.findElement(By.cssSelector("main h1")).getText());
            browser.driver.findElement(By.id("lang-switch")).click();
            browser.waitUntil("the Chinese page", () -> "zh-Hans".equals(browser.js("return document.documentElement.lang")));
            assertEquals(zh, browser.driver.findElement(By.cssSelector("main h1")).getText(), "the title is the Chinese label");
            assertEquals(List.of(zh), texts("table.labels td.label-zh"));
            // Links to other resources keep the language and show their Chinese labels.
            for (String href : attributes("table.facts a[href*='/id/']", "href")) assertTrue(href.endsWith("lang=zh"), href);
        }
        browser.screenshot("entity-ru-zh");
        // The classes of a resource are named in Chinese too (from the ontology's rdfs:label@zh).
        String treatyZh = column("SELECT ?l WHERE { ac:Treaty rdfs:label ?l FILTER(LANG(?l) = \"zh\") }", "l").get(0);
        browser.visit("/id/treaty/new-start?lang=zh");
        assertTrue(texts("table.facts a").contains(treatyZh), "ac:Treaty as " + treatyZh);
        browser.screenshot("entity-new-start-zh");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void theOntologyPageHasASectionForEveryTermAndADiagram() throws Exception {
        String graph = "<" + AC.GRAPH_ONTOLOGY.getURI() + ">";
        List<String> terms = column("SELECT DISTINCT ?t WHERE { GRAPH " + graph + " { ?t a ?k VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty"
                + " owl:AnnotationProperty owl:NamedIndividual } } FILTER(STRSTARTS(STR(?t), STR(ac:))) } ORDER BY ?t", "t");
        List<String> classes = column("SELECT DISTINCT ?t WHERE { GRAPH " + graph + " { ?t a owl:Class } FILTER(STRSTARTS(STR(?t), STR(ac:))) }", "t");
        assertTrue(terms.size() > 100, "the ontology's terms: " + terms.size());
        browser.visit("/ontology");
        Set<String> sections = new TreeSet<>(attributes("section.term", "id"));
        for (String t : terms) {
            String local = t.substring(AC.NS.length());
            assertTrue(sections.contains(local), "no section for " + t);
            assertEquals(t, browser.driver.findElement(By.id(local)).getAttribute("about"));
        }
        // Domain and range are shown, linked to the class's section.
        List<String> ranges = column("SELECT ?r WHERE { GRAPH " + graph + " { ac:treaty rdfs:range ?r } }", "r");
        assertEquals(ranges.stream().map(r -> server.base + "/ontology#" + r.substring(AC.NS.length())).toList(),
                browser.driver.findElements(By.xpath("//section[@id='treaty']//dt[.='Range']/following-sibling::dd[1]//a")).stream().map(a -> a.getAttribute("href")).toList());
        // The diagram: one box per class, and edges.
        assertEquals(new TreeSet<>(classes.stream().map(c -> c.substring(AC.NS.length())).toList()),
                new TreeSet<>(attributes("svg#ontology-diagram g.class", "data-term")));
        assertFalse(browser.driver.findElements(By.cssSelector("svg#ontology-diagram line.subclass")).isEmpty(), "subclass edges");
        assertFalse(browser.driver.findElements(By.cssSelector("svg#ontology-diagram path.property")).isEmpty(), "property edges");
        browser.screenshot("ontology-en");
        // A term's IRI resolves to its section.
        browser.visit("/ontology#Treaty");
        assertTrue((Boolean) browser.js("return document.getElementById('Treaty').getBoundingClientRect().top < 200"), "scrolled to the section");
        browser.screenshot("ontology-term");
        browser.visit("/ontology?lang=zh");
        String zh = column("SELECT ?l WHERE { ac:Agreement rdfs:label ?l FILTER(LANG(?l) = \"zh\") }", "l").get(0);
        assertTrue(browser.driver.findElement(By.cssSelector("section#Agreement h3")).getText().startsWith(zh));
        browser.screenshot("ontology-zh");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void eachDownloadParsesIsTheBuildAndMatchesItsSizeAndChecksum() throws Exception {
        // The first view writes all four files (JSON-LD of the whole graph takes a while on a busy
        // machine): asked for over HTTP first, with more time than the browser's page-load limit.
        HttpResponse<String> first = WebTestServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.base + "/downloads"))
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode());
        browser.visit("/downloads");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.downloads tr.download"));
        assertEquals(List.of("nq", "trig", "ttl", "jsonld"), rows.stream().map(r -> r.getAttribute("data-format")).toList());
        browser.screenshot("downloads-en");
        browser.assertCleanSinceLastCheck();
        for (WebElement row : rows) {
            String format = row.getAttribute("data-format");
            String href = row.findElement(By.cssSelector("a")).getAttribute("href");
            assertTrue(href.endsWith("/arms-control-web-test-build." + format), "named with the build id: " + href);
            HttpResponse<byte[]> r = WebTestServer.HTTP.send(HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), href);
            assertEquals("attachment; filename=\"arms-control-web-test-build." + format + "\"", r.headers().firstValue("Content-Disposition").orElse(""));
            byte[] body = r.body();
            assertEquals(row.findElement(By.cssSelector("td.size")).getText(), Long.toString(body.length), format + " size");
            assertEquals(row.findElement(By.cssSelector("td.sha256")).getText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)), format + " SHA-256");
            DatasetGraph got = DatasetGraphFactory.createTxnMem();
            Lang lang = switch (format) {
                case "nq" -> Lang.NQUADS;
                case "trig" -> Lang.TRIG;
                case "ttl" -> Lang.TURTLE;
                default -> Lang.JSONLD;
            };
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(server.base).parse(got);
            Txn.executeRead(dump, () -> {
                if (format.equals("ttl")) {
                    assertTrue(got.getDefaultGraph().isIsomorphicWith(dump.getDefaultGraph()), "Turtle is the union of the named graphs");
                    return;
                }
                List<Node> names = new ArrayList<>();
                dump.listGraphNodes().forEachRemaining(names::add);
                List<Node> gotNames = new ArrayList<>();
                got.listGraphNodes().forEachRemaining(gotNames::add);
                assertEquals(new TreeSet<>(names.stream().map(Node::getURI).toList()), new TreeSet<>(gotNames.stream().map(Node::getURI).toList()), format + " graph names");
                for (Node g : names) assertTrue(got.getGraph(g).isIsomorphicWith(dump.getGraph(g)), format + ": graph " + g);
                Graph def = got.getDefaultGraph();
                if (format.equals("jsonld")) assertTrue(def.isIsomorphicWith(dump.getDefaultGraph()), "JSON-LD's default graph is the union");
                else assertTrue(def.isEmpty(), format + " has no default graph");
            });
        }
        byte[] dumpBytes = java.nio.file.Files.readAllBytes(SharedBuild.get().project.store().dump(SharedBuild.get().build));
        HttpResponse<byte[]> nq = WebTestServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.base + "/downloads/arms-control-web-test-build.nq")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(java.util.Arrays.equals(dumpBytes, nq.body()), "the N-Quads download is the build's dump, byte for byte");
        assertEquals(404, server.get("/downloads/arms-control-other-build.nq").statusCode());
    }

    @Test
    void theHomePageHasOneCoverageRowPerAgreementOfTheCoverageQuery() throws Exception {
        SharedBuild shared = SharedBuild.get();
        ResultSetRewindable want = QueryRunner.run(dump, shared.catalog().get("coverage").orElseThrow(), Map.of(), 0);
        List<String> treaties = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        while (want.hasNext()) {
            QuerySolution s = want.next();
            treaties.add(s.getResource("treaty").getURI());
            cells.add(List.of(s.getLiteral("treatyLabel").getLexicalForm(), s.getLiteral("partyCount").getLexicalForm(),
                    s.getLiteral("membershipComplete").getBoolean() ? "yes" : "no", s.getLiteral("eventCount").getLexicalForm()));
        }
        assertTrue(treaties.size() > 10, "agreements: " + treaties.size());
        browser.visit("/");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.coverage tr.agreement"));
        assertEquals(treaties, rows.stream().map(r -> r.getAttribute("data-iri")).toList(), "one row per agreement, in the query's order");
        for (int i = 0; i < rows.size(); i++) {
            List<String> got = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals(cells.get(i), got, treaties.get(i));
            assertEquals("/id/" + treaties.get(i).substring(AC.ID.length()), rows.get(i).findElement(By.cssSelector("a")).getAttribute("pathname"));
        }
        browser.screenshot("home-coverage-en");
        browser.assertCleanSinceLastCheck();
        browser.visit("/?lang=zh");
        assertEquals(treaties.size(), browser.driver.findElements(By.cssSelector("table.coverage tr.agreement")).size());
        browser.screenshot("home-coverage-zh");
        browser.assertCleanSinceLastCheck();
    }
}
