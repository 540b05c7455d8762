package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.CsvRows;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.Column;
import org.w3id.armscontrol.query.LabelLanguage;
import org.w3id.armscontrol.query.Language;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;

/**
 * The named-query API as a chart uses it, on a real server on a free port: the format chosen
 * by a parameter, flat JSON rows, labels by language, and a listing that describes each
 * query's columns with an example request that works.
 */
class ChartApiTest {
    private static DatasetGraph dump;
    private static QueryCatalog catalog;
    private static FusekiServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        SharedBuild shared = SharedBuild.get();
        dump = shared.dump;
        catalog = shared.catalog();
        server = KgServer.create(shared.database, catalog, new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 8)).start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), UTF_8);
    }

    private static String contentType(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** The same query run in process on the dump, relabelled as asked. */
    private static ResultSetRewindable local(String query, Map<String, String> params, Language lang) throws Exception {
        NamedQuery q = catalog.get(query).orElseThrow();
        var bindings = new ParameterBinder(dump, java.time.LocalDate::now).bind(q, params);
        return LabelLanguage.apply(dump, QueryRunner.run(dump, q, bindings, 0), lang);
    }

    @Test
    void formatJsonIsAFlatArrayOfTypedRowObjects() throws Exception {
        // Estimates: integers, a month, a year, an optional column unbound in one row.
        ResultSetRewindable expected = local("warhead-estimates", Map.of("party", "cn"), Language.EN);
        var r = get("/api/queries/warhead-estimates?party=cn&format=json", "Accept", "text/csv");
        assertEquals(200, r.statusCode(), text(r));
        assertTrue(contentType(r).startsWith("application/json"), "format wins over Accept: " + contentType(r));
        JsonArray rows = JSON.parseAny(new ByteArrayInputStream(r.body())).getAsArray();
        assertEquals(expected.size(), rows.size());
        assertTrue(rows.size() >= 2, "China has estimates");
        int numbers = 0, absent = 0;
        expected.reset();
        for (JsonValue v : rows) {
            JsonObject row = v.getAsObject();
            Binding b = expected.nextBinding();
            for (String name : expected.getResultVars()) {
                Node n = b.get(Var.alloc(name));
                if (n == null) {
                    assertFalse(row.hasKey(name), name + " is unbound, so absent: " + row);
                    absent++;
                } else if (n.isURI()) {
                    assertEquals(n.getURI(), row.getString(name), name);
                } else if (n.getLiteralDatatypeURI().endsWith("#integer")) {
                    assertTrue(row.get(name).isNumber(), name + " should be a JSON number: " + row);
                    assertEquals(new BigDecimal(n.getLiteralLexicalForm()), row.get(name).getAsNumber().value(), name);
                    numbers++;
                } else {
                    assertEquals(n.getLiteralLexicalForm(), row.getString(name), name); // dates: ISO text, as the data gives them
                }
            }
            assertEquals(expected.getResultVars().size(), row.keys().size() + countUnbound(b, expected.getResultVars()), "no other keys: " + row);
        }
        assertTrue(numbers > 0 && absent > 0, "numbers and absent columns were checked: " + numbers + ", " + absent);
        // Every date was compared with its lexical form above; this makes sure a month was among them
        // (China's estimates are not all months, and which row comes first depends on the data).
        assertTrue(rows.stream().anyMatch(v -> v.getAsObject().getString("asOf").matches("\\d{4}-\\d{2}")),
                "a month stays a month: " + rows);
    }

    private static int countUnbound(Binding b, List<String> vars) {
        return (int) vars.stream().filter(v -> b.get(Var.alloc(v)) == null).count();
    }

    @Test
    void formatParameterChoosesEachFormatWithoutHeaders() throws Exception {
        ResultSetRewindable expected = local("us-russia-treaties-in-force", Map.of("date", "2012-03-01"), Language.EN);
        String path = "/api/queries/us-russia-treaties-in-force?date=2012-03-01&format=";

        var srj = get(path + "sparql-json", "Accept", "text/csv");
        assertTrue(contentType(srj).startsWith("application/sparql-results+json"), contentType(srj));
        assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, ResultSetFactory.copyResults(
                ResultSetMgr.read(new ByteArrayInputStream(srj.body()), ResultSetLang.RS_JSON))));

        var csv = get(path + "csv");
        assertTrue(contentType(csv).startsWith("text/csv"), contentType(csv));
        assertEquals(CsvRows.lexicalRows(expected), CsvRows.lexicalRows(ResultSetMgr.read(new ByteArrayInputStream(csv.body()), ResultSetLang.RS_CSV)));

        var tsv = get(path + "tsv", "Accept", "application/sparql-results+json");
        assertTrue(contentType(tsv).startsWith("text/tab-separated-values"), contentType(tsv));
        expected.reset();
        assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, ResultSetFactory.copyResults(
                ResultSetMgr.read(new ByteArrayInputStream(tsv.body()), ResultSetLang.RS_TSV))));

        // Without format=, Accept still decides, q= weights included; application/json is the flat form.
        var byAccept = get("/api/queries/us-russia-treaties-in-force?date=2012-03-01", "Accept", "text/csv;q=0.2, application/json");
        assertTrue(contentType(byAccept).startsWith("application/json"), contentType(byAccept));
        assertEquals(expected.size(), JSON.parseAny(new ByteArrayInputStream(byAccept.body())).getAsArray().size());
    }

    @Test
    void unknownFormatOrLanguageIs400NamingIt() throws Exception {
        for (String[] bad : new String[][] {{"format=xml", "format", "xml"}, {"format=table", "format", "table"}, {"lang=de", "lang", "de"}}) {
            var r = get("/api/queries/treaty-limits?treaty=new-start&" + bad[0]);
            assertEquals(400, r.statusCode(), bad[0] + ": " + text(r));
            JsonObject o = JSON.parse(text(r));
            assertEquals(bad[1], o.getString("parameter"), text(r));
            assertTrue(o.getString("error").contains(bad[2]), text(r));
        }
    }

    @Test
    void langZhGivesChineseLabelsInEveryFormat() throws Exception {
        ResultSetRewindable expected = local("treaty-limits", Map.of("treaty", "new-start"), Language.ZH);
        expected.reset();
        String treatyZh = expected.next().getLiteral("treatyLabel").getLexicalForm();
        assertTrue(treatyZh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), treatyZh);

        var srj = get("/api/queries/treaty-limits?treaty=new-start&lang=zh");
        expected.reset();
        assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, ResultSetFactory.copyResults(
                ResultSetMgr.read(new ByteArrayInputStream(srj.body()), ResultSetLang.RS_JSON))), text(srj));

        var json = get("/api/queries/treaty-limits?treaty=new-start&lang=zh&format=json");
        JsonArray rows = JSON.parseAny(new ByteArrayInputStream(json.body())).getAsArray();
        expected.reset();
        for (JsonValue v : rows) {
            var want = expected.next();
            assertEquals(want.getLiteral("treatyLabel").getLexicalForm(), v.getAsObject().getString("treatyLabel"));
            assertEquals(want.getLiteral("categoryLabel").getLexicalForm(), v.getAsObject().getString("categoryLabel"));
        }
        var en = get("/api/queries/treaty-limits?treaty=new-start&format=json");
        assertEquals("New START", JSON.parseAny(new ByteArrayInputStream(en.body())).getAsArray().get(0).getAsObject().getString("treatyLabel"));
    }

    @Test
    void listingDescribesColumnsAndEveryExampleUrlAnswersWithRows() throws Exception {
        var r = get("/api/queries");
        assertEquals(200, r.statusCode());
        JsonObject top = JSON.parse(text(r));
        assertEquals(List.of("json", "sparql-json", "csv", "tsv"), top.get("formats").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        assertEquals(List.of("en", "zh", "ru"), top.get("languages").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        Map<String, JsonObject> byName = new HashMap<>();
        top.get("queries").getAsArray().forEach(v -> byName.put(v.getAsObject().getString("name"), v.getAsObject()));
        List<String> checked = new ArrayList<>();
        for (NamedQuery q : catalog.all()) {
            JsonObject listed = byName.get(q.name());
            List<String> names = listed.get("columns").getAsArray().stream().map(c -> c.getAsObject().getString("name")).toList();
            assertEquals(q.query().getResultVars(), names, q.name() + ": listed columns are the projection");
            for (JsonValue c : listed.get("columns").getAsArray()) {
                assertTrue(Column.Type.byLabel(c.getAsObject().getString("type")).isPresent(), c.toString());
            }
            String example = listed.getString("example");
            assertTrue(example.startsWith("/api/queries/" + q.name()), example);
            var rows = get(example + (example.contains("?") ? "&" : "?") + "format=json");
            assertEquals(200, rows.statusCode(), example + ": " + text(rows));
            assertFalse(JSON.parseAny(new ByteArrayInputStream(rows.body())).getAsArray().isEmpty(), example + " gives no rows");
            checked.add(q.name());
        }
        assertEquals(byName.keySet().size(), checked.size());
        assertTrue(checked.size() >= 10, checked.toString());
    }
}
