package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.vocab.AC;

/**
 * The timeline and the limits chart in a real headless Chromium, checked against the shared
 * build: one bar per agreement, the "as of" highlight equal to us-russia-treaties-in-force, a
 * tooltip with the event's source and quote, Chinese labels, New START's limits, declared numbers
 * and estimates as the named queries give them, the feeds under the charts, screenshots, and no
 * console error or request to another host.
 */
class VizBrowserTest {
    private static WebTestServer server;
    private static Browser browser;
    private static SharedBuild shared;
    private static QueryCatalog catalog;

    @BeforeAll
    static void start() {
        // The timeline's one query reads every event of every agreement: on a shared, loaded CI
        // machine it can take longer than the default 10 s, which is not what this test is about.
        server = new WebTestServer(60_000);
        browser = Browser.open(server.port());
        shared = SharedBuild.get();
        catalog = shared.catalog();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    /** A named query's answer over the shared build, as the server would give it in English. */
    private static List<QuerySolution> named(String name, Map<String, String> params) throws Exception {
        NamedQuery q = catalog.get(name).orElseThrow();
        ResultSetRewindable rs = QueryRunner.run(shared.database, q,
                new ParameterBinder(shared.database, () -> TestProject.STATUS_DATE).bind(q, params), 0);
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    private static List<QuerySolution> sparql(String query) {
        return Txn.calculateRead(shared.dump, () -> {
            try (QueryExec exec = QueryExec.dataset(shared.dump).query(query).build()) {
                ResultSet rs = ResultSet.adapt(exec.select());
                List<QuerySolution> out = new ArrayList<>();
                rs.forEachRemaining(out::add);
                return out;
            }
        });
    }

    private static Set<String> agreements() {
        Set<String> out = new TreeSet<>();
        sparql("SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a <" + AC.NS + "Agreement> } }")
                .forEach(s -> out.add(s.getResource("a").getURI()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private void openTimeline(String path) {
        browser.visit(path);
        browser.waitUntil("the timeline to draw", () -> "ready".equals(browser.js("return document.getElementById('timeline-chart').getAttribute('data-state')")));
        assertEquals("ready", browser.js("return document.getElementById('timeline-chart').getAttribute('data-state')"));
    }

    /** A screenshot of the chart's part of the page (what the README shows). */
    private void screenshotOf(String element, String name) throws Exception {
        browser.js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'}); window.scrollBy(0, -110);", element);
        browser.screenshot(name);
    }

    private void setAsOf(String day) {
        browser.js("var i = document.getElementById('as-of'); i.value = arguments[0]; i.dispatchEvent(new Event('change'));", day);
        browser.waitUntil("the highlight of " + day, () -> day.equals(browser.js("return document.getElementById('timeline-chart').getAttribute('data-as-of')"))
                && "ready".equals(browser.js("return document.getElementById('timeline-chart').getAttribute('data-as-of-state')")));
    }

    @Test
    void timelineDrawsOneBarPerAgreement() throws Exception {
        openTimeline(WebPaths.TIMELINE);
        List<Map<String, Object>> bars = list(browser.js("return KGTimeline.bars()"));
        Set<String> drawn = new TreeSet<>();
        bars.forEach(b -> drawn.add((String) b.get("treaty")));
        assertEquals(bars.size(), drawn.size(), "one bar per agreement, none twice");
        assertEquals(agreements(), drawn);
        // ECharts holds exactly those bars, and the text list says the same.
        assertEquals((long) bars.size(), browser.js("return KGTimeline.chart().getOption().series[0].data.length"));
        assertEquals((long) bars.size(), browser.js("return document.querySelectorAll('#timeline-bars li').length"));

        // Each bar spans its agreement's life: from entry into force, or hatched from signature if never in force.
        Map<String, String> inForceFrom = new HashMap<>(), inForceUntil = new HashMap<>();
        sparql("PREFIX ac: <" + AC.NS + "> SELECT ?a ?from ?until WHERE { GRAPH ?g { ?a ac:inForceFrom ?from } "
                + "OPTIONAL { GRAPH ?h { ?a ac:inForceUntil ?until } } }").forEach(s -> {
                    inForceFrom.put(s.getResource("a").getURI(), s.getLiteral("from").getLexicalForm());
                    if (s.contains("until")) inForceUntil.put(s.getResource("a").getURI(), s.getLiteral("until").getLexicalForm());
                });
        for (Map<String, Object> b : bars) {
            String t = (String) b.get("treaty");
            assertTrue(((String) b.get("start")).compareTo((String) b.get("end")) <= 0, b.toString());
            if (inForceFrom.containsKey(t)) {
                assertTrue(((String) b.get("start")).startsWith(inForceFrom.get(t)), t + " starts at entry into force: " + b);
                assertEquals(inForceUntil.containsKey(t) ? "ended" : "inForce", b.get("kind"), t);
                if (inForceUntil.containsKey(t)) assertTrue(((String) b.get("end")).startsWith(inForceUntil.get(t)), t + " ends when no longer in force: " + b);
            } else {
                assertEquals("neverInForce", b.get("kind"), t);
            }
        }
        assertTrue(bars.stream().anyMatch(b -> "neverInForce".equals(b.get("kind"))), "the data hold agreements signed but never in force");

        // Withdrawals, suspensions and revocations are marks, one per state acting.
        List<QuerySolution> rows = named(TimelinePage.DATA_QUERY, Map.of());
        Set<String> expectedMarks = new TreeSet<>(), drawnMarks = new TreeSet<>();
        rows.stream().filter(s -> s.contains("marker")).forEach(s -> expectedMarks.add(s.getResource("event").getURI() + " "
                + (s.contains("party") ? s.getResource("party").getURI() : null) + " " + s.getLiteral("marker").getString()));
        list(browser.js("return KGTimeline.marks()")).stream().filter(m -> !"event".equals(m.get("marker")))
                .forEach(m -> drawnMarks.add(m.get("event") + " " + m.get("party") + " " + m.get("marker")));
        assertFalse(expectedMarks.isEmpty());
        assertEquals(expectedMarks, drawnMarks);

        // The feed under the chart is the data it draws: its rows name the same agreements.
        String feed = (String) browser.js("return document.getElementById('feed-timeline').getAttribute('href')");
        assertTrue(browser.driver.findElement(By.id("feed-timeline")).findElement(By.xpath("..")).getAttribute("class").contains("feed"));
        HttpResponse<String> answer = server.get(feed);
        assertEquals(200, answer.statusCode(), feed);
        Set<String> fed = new TreeSet<>();
        for (JsonValue row : JSON.parseAny(answer.body()).getAsArray()) fed.add(row.getAsObject().getString("treaty"));
        assertEquals(drawn, fed);
        screenshotOf("timeline-chart", "timeline");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void asOfHighlightsExactlyTheUsRussiaTreatiesInForce() throws Exception {
        openTimeline(WebPaths.TIMELINE);
        for (String day : List.of("2020-12-01", "1975-01-01")) {
            setAsOf(day);
            Set<String> expected = new TreeSet<>();
            named(TimelinePage.AS_OF_QUERY, Map.of("date", day)).forEach(s -> expected.add(s.getResource("treaty").getURI()));
            Set<String> highlighted = new TreeSet<>(), dimmed = new TreeSet<>();
            list(browser.js("return KGTimeline.bars()")).forEach(b -> (Boolean.TRUE.equals(b.get("highlighted")) ? highlighted : dimmed).add((String) b.get("treaty")));
            assertFalse(expected.isEmpty(), day);
            assertEquals(expected, highlighted, day);
            assertFalse(dimmed.isEmpty(), day + ": not everything is highlighted");
            // The text list and the feed say the same.
            assertEquals((long) expected.size(), browser.js("return document.querySelectorAll('#timeline-bars li[data-highlighted=true]').length"));
            String feed = (String) browser.js("return document.getElementById('feed-as-of').getAttribute('href')");
            assertTrue(feed.contains("date=" + day), feed);
            Set<String> fed = new TreeSet<>();
            for (JsonValue row : JSON.parseAny(server.get(feed).body()).getAsArray()) fed.add(row.getAsObject().getString("treaty"));
            assertEquals(expected, fed, feed);
            if (day.equals("2020-12-01")) screenshotOf("as-of", "timeline-2020-12-01");
        }
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void tooltipShowsDateTypeSourceAndQuote() throws Exception {
        openTimeline(WebPaths.TIMELINE);
        // A state's act with a quote, as the named query gives it.
        QuerySolution expected = named(TimelinePage.DATA_QUERY, Map.of()).stream()
                .filter(s -> s.contains("marker") && s.contains("quote") && s.contains("sourceTitle") && s.contains("party"))
                .findFirst().orElseThrow(() -> new AssertionError("no marked event with a quote in the data"));
        List<Map<String, Object>> marks = list(browser.js("return KGTimeline.marks()"));
        int index = -1;
        for (int i = 0; i < marks.size(); i++) {
            if (expected.getResource("event").getURI().equals(marks.get(i).get("event"))
                    && expected.getResource("party").getURI().equals(marks.get(i).get("party"))) index = i;
        }
        assertTrue(index >= 0, "the event's mark is drawn");
        browser.js("KGTimeline.chart().dispatchAction({type: 'showTip', seriesIndex: 1, dataIndex: arguments[0]})", index);
        browser.waitUntil("the tooltip", () -> Boolean.TRUE.equals(browser.js(
                "var t = document.querySelector('.kg-tooltip'); return !!t && t.style.display !== 'none' && t.innerText.length > 0")));
        String tip = (String) browser.js("return document.querySelector('.kg-tooltip').innerText");
        String norm = tip.replaceAll("\\s+", " ");
        for (String part : List.of(expected.getLiteral("eventLabel").getString(), expected.getLiteral("date").getLexicalForm(),
                expected.getLiteral("eventTypeLabel").getString(), expected.getLiteral("partyLabel").getString(),
                expected.getLiteral("sourceTitle").getString(), expected.getLiteral("quote").getString())) {
            assertTrue(norm.contains(part.replaceAll("\\s+", " ")), "the tooltip shows '" + part + "': " + tip);
        }
        browser.screenshot("timeline-tooltip");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void chineseTimelineHasChineseLabels() throws Exception {
        openTimeline(WebPaths.TIMELINE + "?lang=zh");
        Map<String, String> en = new TreeMap<>(), zh = new TreeMap<>();
        sparql("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?a ?l WHERE { GRAPH ?g { ?a a <" + AC.NS
                + "Agreement> } GRAPH ?h { ?a rdfs:label ?l } FILTER(LANG(?l) IN ('en', 'zh')) }").forEach(s -> {
                    var l = s.getLiteral("l");
                    (l.getLanguage().equals("zh") ? zh : en).put(s.getResource("a").getURI(), l.getString());
                });
        List<Map<String, Object>> bars = list(browser.js("return KGTimeline.bars()"));
        assertFalse(zh.isEmpty());
        for (Map<String, Object> b : bars) {
            String t = (String) b.get("treaty");
            assertEquals(zh.getOrDefault(t, en.get(t)), b.get("name"), t);
        }
        assertEquals(new HashSet<>(bars.stream().map(b -> b.get("name")).toList()),
                new HashSet<>(list(browser.js("return KGTimeline.chart().getOption().yAxis[0].data.map(function (n) { return {name: n}; })"))
                        .stream().map(m -> m.get("name")).toList()));
        assertEquals("zh-Hans", browser.js("return document.documentElement.lang"));
        assertTrue(((String) browser.js("return document.getElementById('feed-timeline').getAttribute('href')")).contains("lang=zh"));
        screenshotOf("timeline-chart", "timeline-zh");
        browser.assertCleanSinceLastCheck();
    }

    private void openLimits(String path) {
        browser.visit(path);
        browser.waitUntil("the limits chart to draw", () -> "ready".equals(browser.js("return document.getElementById('limits-chart').getAttribute('data-state')")));
    }

    @Test
    void limitsChartDrawsTheLimitsDeclaredNumbersAndEstimates() throws Exception {
        openLimits(WebPaths.LIMITS);
        List<Map<String, Object>> series = list(browser.js("return KGLimits.series()"));
        Map<String, List<List<Object>>> byId = new TreeMap<>();
        series.forEach(s -> byId.put((String) s.get("id"), castPoints(s.get("points"))));

        // The limits: one line per limit of treaty-limits, at its maximum, over the treaty's life.
        Map<String, Long> limits = new TreeMap<>();
        named("treaty-limits", Map.of("treaty", LimitsPage.TREATY)).forEach(s -> limits.put(s.getResource("limit").getURI(), s.getLiteral("max").getLong()));
        QuerySolution life = named("treaty-status", Map.of("treaty", LimitsPage.TREATY)).get(0);
        Map<String, Long> drawnLimits = new TreeMap<>();
        for (Map<String, Object> s : series) {
            if (!"limit".equals(s.get("kind"))) continue;
            List<List<Object>> points = castPoints(s.get("points"));
            assertEquals(points.get(0).get(1), points.get(points.size() - 1).get(1), "a limit is a level line");
            assertEquals(life.getLiteral("inForceFrom").getLexicalForm(), points.get(0).get(0), "from entry into force");
            assertEquals(life.getLiteral("inForceUntil").getLexicalForm(), points.get(points.size() - 1).get(0), "to the end");
            drawnLimits.put(((String) s.get("id")).substring("limit|".length()), (Long) points.get(0).get(1));
        }
        assertEquals(3, limits.size(), "New START has three central limits in the data");
        assertEquals(limits, drawnLimits);

        // The declared numbers: every value of declared-numbers, in a series of its party and limit.
        Set<String> declared = new TreeSet<>(), drawnDeclared = new TreeSet<>();
        Set<String> parties = new TreeSet<>();
        named("declared-numbers", Map.of("treaty", LimitsPage.TREATY)).forEach(s -> {
            declared.add(s.getResource("party").getURI() + "|" + s.getResource("limit").getURI() + " "
                    + s.getLiteral("asOfFrom").getLexicalForm() + " " + s.getLiteral("value").getLong());
            parties.add(s.getResource("party").getURI());
        });
        byId.forEach((id, points) -> {
            if (id.startsWith("declared|")) points.forEach(p -> drawnDeclared.add(id.substring("declared|".length()) + " " + p.get(0) + " " + p.get(1)));
        });
        assertTrue(parties.size() >= 2, "both parties declared numbers: " + parties);
        assertEquals(declared, drawnDeclared);

        // The estimates: those of warhead-estimates for a party, made for a day while the treaty was in force.
        Set<String> estimates = new TreeSet<>(), drawnEstimates = new TreeSet<>();
        String from = life.getLiteral("inForceFrom").getLexicalForm(), until = life.getLiteral("inForceUntil").getLexicalForm();
        for (String party : parties) {
            named("warhead-estimates", Map.of("party", party)).stream()
                    .filter(s -> !s.contains("projectedFor"))
                    .filter(s -> s.getLiteral("asOfFrom").getLexicalForm().compareTo(from) >= 0 && s.getLiteral("asOfFrom").getLexicalForm().compareTo(until) < 0)
                    .forEach(s -> estimates.add(party + "|" + s.getResource("category").getURI() + "|" + s.getResource("estimatedBy").getURI()
                            + " " + s.getLiteral("asOfFrom").getLexicalForm() + " " + s.getLiteral("value").getLong()));
        }
        byId.forEach((id, points) -> {
            if (id.startsWith("estimate|")) points.forEach(p -> drawnEstimates.add(id.substring("estimate|".length()) + " " + p.get(0) + " " + p.get(1)));
        });
        assertFalse(estimates.isEmpty());
        assertEquals(estimates, drawnEstimates);

        // ECharts draws those series: three dashed limit lines among them.
        assertEquals((long) series.size(), browser.js("return KGLimits.chart().getOption().series.length"));
        assertEquals(3L, browser.js("return KGLimits.chart().getOption().series.filter(function (s) { return s.id.indexOf('limit|') === 0 && s.type === 'line'; }).length"));

        screenshotOf("limits-chart", "limits");

        // A point's tooltip gives its as-of date and its source.
        int seriesIndex = -1;
        for (int i = 0; i < series.size(); i++) if ("declared".equals(series.get(i).get("kind"))) seriesIndex = i;
        browser.js("KGLimits.chart().dispatchAction({type: 'showTip', seriesIndex: arguments[0], dataIndex: 0})", seriesIndex);
        browser.waitUntil("the tooltip", () -> Boolean.TRUE.equals(browser.js(
                "var t = document.querySelector('.kg-tooltip'); return !!t && t.style.display !== 'none' && t.innerText.length > 0")));
        String tip = ((String) browser.js("return document.querySelector('.kg-tooltip').innerText")).replaceAll("\\s+", " ");
        String id = (String) series.get(seriesIndex).get("id");
        List<Object> point = castPoints(series.get(seriesIndex).get("points")).get(0);
        QuerySolution row = named("declared-numbers", Map.of("treaty", LimitsPage.TREATY)).stream()
                .filter(s -> id.equals("declared|" + s.getResource("party").getURI() + "|" + s.getResource("limit").getURI())
                        && s.getLiteral("asOfFrom").getLexicalForm().equals(point.get(0)))
                .findFirst().orElseThrow();
        assertTrue(tip.contains(row.getLiteral("asOf").getLexicalForm()), tip);
        String firstSource = row.getLiteral("source").getString().split(" ")[0];
        assertTrue(tip.contains(firstSource.substring(firstSource.lastIndexOf('/') + 1)), "the tooltip names the source: " + tip);
        assertTrue(tip.contains(String.valueOf(row.getLiteral("value").getLong())), tip);

        // The one feed under the chart gives the rows it draws.
        String feed = (String) browser.js("return document.getElementById('feed-limits').getAttribute('href')");
        JsonArray rows = JSON.parseAny(server.get(feed).body()).getAsArray();
        long points = series.stream().mapToLong(s -> castPoints(s.get("points")).size()).sum();
        assertEquals(points, rows.size() + limits.size(), "each row a point, each limit two ends");
        browser.screenshot("limits-tooltip");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void chineseLimitsChartHasChineseLabels() throws Exception {
        openLimits(WebPaths.LIMITS + "?lang=zh");
        Map<String, String> zh = new TreeMap<>();
        sparql("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x ?l WHERE { GRAPH ?g { ?x a <" + AC.NS
                + "Limit> } GRAPH ?h { ?x rdfs:label ?l } FILTER(LANG(?l) = 'zh') }").forEach(s -> zh.put(s.getResource("x").getURI(), s.getLiteral("l").getString()));
        List<Map<String, Object>> limitSeries = list(browser.js("return KGLimits.series()")).stream().filter(s -> "limit".equals(s.get("kind"))).toList();
        assertEquals(3, limitSeries.size());
        for (Map<String, Object> s : limitSeries) {
            String limit = ((String) s.get("id")).substring("limit|".length());
            assertTrue(zh.containsKey(limit), limit + " has a Chinese label");
            assertTrue(((String) s.get("name")).startsWith(zh.get(limit)), s.get("name") + " is labelled in Chinese");
        }
        assertNotEquals("en", browser.js("return document.documentElement.lang"));
        screenshotOf("limits-chart", "limits-zh");
        browser.assertCleanSinceLastCheck();
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> castPoints(Object o) {
        return (List<List<Object>>) o;
    }
}
