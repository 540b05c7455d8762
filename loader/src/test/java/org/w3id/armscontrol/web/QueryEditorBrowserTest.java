package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * The query editor at /query in a real headless Chromium: the editor declares every project
 * prefix; an example run from the menu shows a table whose rows are the same query's result set
 * over the shared build and a chart with one data point per row; IRI cells link to their pages;
 * a syntax error is shown readably; a URL preloads and runs a query; the menu lists every named
 * and federated query. No page logs an error or asks another host for anything.
 */
class QueryEditorBrowserTest {
    private static WebTestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
        browser = Browser.open(server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static String editorText() {
        return (String) browser.js("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
    }

    @Test
    void editorDeclaresEveryPrefixWithSyntaxHighlighting() throws Exception {
        browser.visit(WebPaths.QUERY);
        browser.waitUntil("the editor", () -> !browser.driver.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        Query q = QueryFactory.create(editorText());
        assertEquals(Prefixes.MAP.getMapping(), q.getPrefixMapping().getNsPrefixMap(), "the editor's prefixes are the project's");
        // SPARQL mode: keywords and prefixed names are highlighted as such.
        assertFalse(browser.driver.findElements(By.cssSelector(".CodeMirror .cm-keyword")).isEmpty(), "no keyword highlighted");
        assertTrue(browser.driver.findElements(By.cssSelector(".CodeMirror .cm-keyword")).stream()
                .map(WebElement::getText).anyMatch(t -> t.equals("PREFIX")), "PREFIX is not highlighted as a keyword");
        browser.screenshot("query-en");
        browser.assertCleanSinceLastCheck();

        browser.visit(WebPaths.QUERY + "?lang=zh");
        assertEquals("zh-Hans", browser.js("return document.documentElement.lang"));
        assertEquals(UiLanguage.ZH.text("query.title"), browser.driver.findElement(By.tagName("h1")).getText());
        assertEquals(Prefixes.MAP.getMapping(), QueryFactory.create(editorText()).getPrefixMapping().getNsPrefixMap());
        browser.screenshot("query-zh");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void menuListsEveryNamedAndFederatedQuery() throws Exception {
        browser.visit(WebPaths.QUERY);
        List<String> named = new ArrayList<>();
        SharedBuild.get().catalog().all().forEach(q -> named.add(q.name()));
        List<String> federated;
        try (Stream<java.nio.file.Path> files = Files.list(TestProject.repository().resolve("queries/wikidata"))) {
            federated = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> "wikidata/" + n.replaceFirst("\\.rq$", "")).sorted().toList();
        }
        assertFalse(federated.isEmpty());
        assertEquals(named, optionValues("#example optgroup:nth-of-type(1) option"));
        assertEquals(federated, optionValues("#example optgroup:nth-of-type(2) option"));
        // A federated example says that it calls Wikidata; its text is the file's.
        choose(federated.get(0));
        assertFalse(browser.driver.findElements(By.cssSelector("#example-about .federated-note")).isEmpty());
        assertEquals(Files.readString(TestProject.repository().resolve("queries/" + federated.get(0) + ".rq")), editorText());
        browser.assertCleanSinceLastCheck();
    }

    private static List<String> optionValues(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(o -> o.getAttribute("value")).toList();
    }

    private static void choose(String example) {
        browser.js("var s = document.getElementById('example'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));", example);
    }

    /** Runs what the editor holds and waits for the table. */
    private static void runAndWaitForTable() {
        browser.driver.findElement(By.id("run")).click();
        browser.waitUntil("the result table", () -> !browser.driver.findElements(By.cssSelector("#result-table table#results")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"treaties-in-force, timeline", "treaty-limits, bar", "declared-numbers, line"})
    void exampleShowsItsResultSetAsATableAndAChart(String name, String chartKind) throws Exception {
        browser.visit(WebPaths.QUERY);
        choose(name);
        runAndWaitForTable();
        NamedQuery q = SharedBuild.get().catalog().get(name).orElseThrow();
        ResultSetRewindable expected = QueryRunner.run(SharedBuild.get().database, q,
                new ParameterBinder(SharedBuild.get().database, LocalDate::now).bind(q, q.example()), 0);
        List<String> vars = browser.driver.findElements(By.cssSelector("#results thead th")).stream().map(WebElement::getText).toList();
        assertEquals(expected.getResultVars(), vars);
        List<Map<String, String>> shown = tableRows(vars);
        List<Map<String, String>> want = new ArrayList<>();
        List<QuerySolution> solutions = new ArrayList<>();
        expected.forEachRemaining(solutions::add);
        for (QuerySolution s : solutions) {
            Map<String, String> row = new HashMap<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                if (n != null) row.put(v, n.isURIResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm());
            }
            want.add(row);
        }
        assertFalse(want.isEmpty(), "the example of " + name + " has no rows to show");
        assertEquals(sorted(want), sorted(shown), "the table is not the query's result set");

        // An IRI of the graph links to its page, and is shown prefixed.
        WebElement link = browser.driver.findElements(By.cssSelector("#results td a")).stream()
                .filter(a -> a.getAttribute("title").startsWith(AC.ID)).findFirst().orElseThrow();
        String iri = link.getAttribute("title");
        assertEquals(WebPaths.ID + "/" + iri.substring(AC.ID.length()), link.getAttribute("pathname"));
        String kind = iri.substring(AC.ID.length()).split("/")[0];
        assertEquals(kind + ":" + iri.substring(AC.ID.length() + kind.length() + 1), link.getText());
        browser.js("document.getElementById('query-status').scrollIntoView()");
        browser.screenshot("query-" + name + "-table");

        browser.driver.findElement(By.id("view-chart")).click();
        browser.waitUntil("the chart", () -> Boolean.TRUE.equals(browser.js(
                "var c = document.getElementById('result-chart'); return !c.hidden && !!echarts.getInstanceByDom(c) && !!c.querySelector('canvas, svg');")));
        assertEquals(chartKind, browser.js("return document.getElementById('chart-kind').value"));
        long points = (Long) browser.js("return echarts.getInstanceByDom(document.getElementById('result-chart')).getOption().series"
                + ".reduce(function (n, s) { return n + s.data.filter(function (d) { return d !== null && d !== undefined; }).length; }, 0);");
        assertEquals(expectedPoints(chartKind, vars, solutions), points,
                "a timeline has one bar per row; a line or bar chart one point per number in the result");
        browser.js("document.getElementById('query-status').scrollIntoView()");
        browser.screenshot("query-" + name + "-chart");
        browser.assertCleanSinceLastCheck();
    }

    /**
     * The data points a chart of the result must have: a timeline, one bar per row; a line or bar
     * chart, one point per bound value of every column whose values are all numbers.
     */
    private static long expectedPoints(String kind, List<String> vars, List<QuerySolution> rows) {
        if (kind.equals("timeline")) return rows.size();
        long points = 0;
        for (String v : vars) {
            List<RDFNode> bound = rows.stream().map(r -> r.get(v)).filter(java.util.Objects::nonNull).toList();
            boolean numeric = !bound.isEmpty() && bound.stream().allMatch(n -> n.isLiteral()
                    && n.asLiteral().getDatatype() instanceof org.apache.jena.datatypes.xsd.XSDDatatype dt && dt.isValidValue(n.asLiteral().getValue())
                    && n.asLiteral().getValue() instanceof Number);
            if (numeric) points += bound.size();
        }
        assertTrue(points > 0, "no number column to chart");
        return points;
    }

    private static List<Map<String, String>> tableRows(List<String> vars) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (WebElement tr : browser.driver.findElements(By.cssSelector("#results tbody tr"))) {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < vars.size(); i++) {
                WebElement td = cells.get(i);
                List<WebElement> a = td.findElements(By.tagName("a"));
                String value = a.isEmpty() ? td.getAttribute("textContent") : a.get(0).getAttribute("title");
                if (!a.isEmpty() || !value.isEmpty()) row.put(vars.get(i), value);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new java.util.TreeMap<>(r).toString()).sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void syntaxErrorIsShownReadably() throws Exception {
        browser.visit(WebPaths.QUERY);
        browser.js("document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT * WHERE { ?s ?p }')");
        browser.driver.findElement(By.id("run")).click();
        browser.waitUntil("the error", () -> !browser.driver.findElements(By.cssSelector("#query-status strong.error")).isEmpty());
        assertEquals(UiLanguage.EN.text("query.syntaxError"), browser.driver.findElement(By.cssSelector("#query-status strong.error")).getText());
        String detail = browser.driver.findElement(By.cssSelector("#query-status .error-detail")).getText();
        assertTrue(detail.contains("line 1, column"), "the parser's position is not shown: " + detail);
        assertTrue(browser.driver.findElements(By.cssSelector("#results")).isEmpty(), "a table is shown for a failed query");
        browser.screenshot("query-syntax-error");
        // The browser reports the endpoint's 400 as a failed resource load: that, and nothing else, is logged.
        for (LogEntry e : browser.driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() < Level.SEVERE.intValue()) continue;
            assertTrue(e.getMessage().contains(WebPaths.SPARQL) && e.getMessage().contains("400"), "unexpected console error: " + e.getMessage());
        }
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void urlPreloadsAndRunsAQuery() throws Exception {
        String text = "PREFIX ac: <" + AC.NS + ">\nSELECT (COUNT(*) AS ?treaties) WHERE { ?t a ac:Treaty }";
        browser.visit(WebPaths.QUERY + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(text, editorText());
        browser.waitUntil("the result table", () -> !browser.driver.findElements(By.cssSelector("#results tbody td")).isEmpty());
        long count;
        try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(SharedBuild.get().database).query(text).build()) {
            count = org.apache.jena.system.Txn.calculateRead(SharedBuild.get().database,
                    () -> Long.parseLong(exec.select().next().get("treaties").getLiteralLexicalForm()));
        }
        assertEquals(String.valueOf(count), browser.driver.findElement(By.cssSelector("#results tbody td")).getText());

        // The example's URL loads it, bound, and runs it.
        browser.visit(WebPaths.QUERY + "?example=treaty-limits");
        assertEquals("treaty-limits", browser.js("return document.getElementById('example').value"));
        assertTrue(editorText().contains("treaty:new-start"), "the example's parameter is not bound: " + editorText());
        browser.waitUntil("the result table", () -> !browser.driver.findElements(By.cssSelector("#results tbody tr")).isEmpty());
        browser.assertCleanSinceLastCheck();
    }
}
