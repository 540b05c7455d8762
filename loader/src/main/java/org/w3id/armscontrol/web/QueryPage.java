package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * {@code /query}: a SPARQL editor (CodeMirror, SPARQL mode) over the graph's endpoint, with
 * every project prefix declared, the named and federated queries as examples, and the
 * results as a table (IRIs prefixed, linked to their pages) or a chart (assets/query.js).
 * {@code ?query=TEXT} or {@code ?example=NAME} preloads the editor and runs it, so a result
 * can be linked. Without JavaScript the form still sends the query to the endpoint.
 */
final class QueryPage extends HttpServlet {
    private static final String CM = WebPaths.WEBJARS + "/codemirror/5.65.16";
    private static final String ECHARTS = WebPaths.WEBJARS + "/echarts/5.3.1/dist/echarts.min.js";
    /** The UI strings the script needs, passed to it in the page. */
    private static final List<String> SCRIPT_MESSAGES = List.of(
            "query.running", "query.rows", "query.noRows", "query.noChart", "query.syntaxError", "query.timeout",
            "query.error", "query.network", "query.ask", "query.yes", "query.no", "query.federatedNote", "query.api",
            "query.chartLine", "query.chartBar", "query.chartTimeline");

    private final WebFace.Site site;
    private QueryExamples examples;

    QueryPage(WebFace.Site site) {
        this.site = site;
    }

    /**
     * The examples, bound at the first request rather than when the server is built: binding
     * reads the dataset, and a server must start (and answer its other paths) even when that fails.
     */
    private synchronized QueryExamples examples() {
        if (examples == null) examples = new QueryExamples(site.catalog(), site.dataset());
        return examples;
    }

    /** The editor's text before anything is chosen: every project prefix, then a first query. */
    static String defaultText(UiLanguage lang) {
        StringBuilder t = new StringBuilder();
        for (Map.Entry<String, String> p : prefixes().entrySet()) {
            t.append("PREFIX ").append(p.getKey()).append(": <").append(p.getValue()).append(">\n");
        }
        return t.append("\n# Every treaty, with its label and the day it entered into force.\n")
                .append("SELECT ?treaty ?label ?inForceFrom\nWHERE {\n  ?treaty a ac:Treaty ; rdfs:label ?label .\n")
                .append("  OPTIONAL { ?treaty ac:inForceFrom ?inForceFrom }\n  FILTER(LANG(?label) = \"").append(lang.code)
                .append("\")\n}\nORDER BY ?inForceFrom ?label\n").toString();
    }

    /** The project's prefixes, {@code ac} first, then by name. */
    static Map<String, String> prefixes() {
        Map<String, String> sorted = new TreeMap<>((a, b) -> a.equals(b) ? 0 : a.equals("ac") ? -1 : b.equals("ac") ? 1 : a.compareTo(b));
        sorted.putAll(Prefixes.MAP.getMapping());
        return sorted;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiLanguage lang = UiLanguage.of(request);
        QueryExamples examples = examples();
        String asked = request.getParameter("query");
        Optional<QueryExamples.Example> chosen = Optional.ofNullable(request.getParameter("example")).flatMap(examples::get);
        String text = asked != null && !asked.isBlank() ? asked : chosen.map(QueryExamples.Example::text).orElse(defaultText(lang));
        boolean autorun = (asked != null && !asked.isBlank()) || chosen.isPresent();

        StringBuilder b = new StringBuilder(16384);
        b.append("<h1>").append(Html.escape(lang.text("query.title"))).append("</h1>\n<p class=\"lead\">")
                .append(Html.escape(lang.text("query.intro"))).append("</p>\n");
        b.append("<form id=\"query-form\" method=\"post\" action=\"").append(WebPaths.SPARQL).append("\">\n<div class=\"query-bar\">\n")
                .append("<label for=\"example\">").append(Html.escape(lang.text("query.examples"))).append("</label>\n")
                .append("<select id=\"example\">\n<option value=\"\">").append(Html.escape(lang.text("query.choose"))).append("</option>\n");
        for (boolean federated : new boolean[] {false, true}) {
            b.append("<optgroup label=\"").append(Html.escape(lang.text(federated ? "query.federated" : "query.named"))).append("\">\n");
            for (QueryExamples.Example e : examples.all()) {
                if (e.federated() != federated) continue;
                b.append("<option value=\"").append(Html.escape(e.name())).append('"')
                        .append(federated ? " data-federated=\"true\"" : "")
                        .append(chosen.isPresent() && chosen.get().name().equals(e.name()) ? " selected" : "")
                        .append('>').append(Html.escape(e.title())).append(federated ? " ⇄ Wikidata" : "").append("</option>\n");
            }
            b.append("</optgroup>\n");
        }
        b.append("</select>\n<button id=\"run\" type=\"submit\">").append(Html.escape(lang.text("query.run")))
                .append("</button>\n<span class=\"hint\">").append(Html.escape(lang.text("query.runHint"))).append("</span>\n")
                .append("<a id=\"permalink\" href=\"").append(Html.escape(PageLayout.link(lang, WebPaths.QUERY))).append("\">")
                .append(Html.escape(lang.text("query.link"))).append("</a>\n")
                .append("<a id=\"fuseki-ui\" class=\"aside\" href=\"").append(WebPaths.FUSEKI_UI).append("/\">")
                .append(Html.escape(lang.text("query.fusekiUi"))).append("</a>\n</div>\n")
                .append("<div id=\"example-about\" class=\"example-about\">");
        chosen.ifPresent(e -> b.append(Html.escape(e.description())));
        b.append("</div>\n<textarea id=\"query-text\" name=\"query\" rows=\"18\" spellcheck=\"false\">").append(Html.escape(text))
                .append("</textarea>\n</form>\n")
                .append("<div id=\"query-status\" role=\"status\" aria-live=\"polite\"></div>\n")
                .append("<div id=\"result-views\" class=\"result-views\" hidden>\n")
                .append("<button id=\"view-table\" type=\"button\" aria-pressed=\"true\">").append(Html.escape(lang.text("query.table"))).append("</button>\n")
                .append("<button id=\"view-chart\" type=\"button\" aria-pressed=\"false\">").append(Html.escape(lang.text("query.chart"))).append("</button>\n")
                .append("<select id=\"chart-kind\" aria-label=\"").append(Html.escape(lang.text("query.chart"))).append("\"></select>\n</div>\n")
                .append("<div id=\"result-table\" class=\"result-table\"></div>\n<div id=\"result-chart\" class=\"result-chart\" hidden></div>\n")
                .append("<script type=\"application/json\" id=\"query-data\">").append(scriptData(examples, lang, autorun)).append("</script>\n");
        Page page = new Page(lang.text("query.title"), b.toString(),
                List.of(CM + "/lib/codemirror.css", WebPaths.ASSETS + "/query.css"),
                List.of(CM + "/lib/codemirror.js", CM + "/mode/sparql/sparql.js", CM + "/addon/edit/matchbrackets.js",
                        ECHARTS, WebPaths.ASSETS + "/query.js"));
        PageLayout.write(response, PageLayout.render(request, lang, page));
    }

    /** What the script needs: the endpoint, the prefixes, the examples and the UI strings, as JSON safe inside a script element. */
    private static String scriptData(QueryExamples examples, UiLanguage lang, boolean autorun) {
        JsonObject data = new JsonObject();
        data.put("endpoint", WebPaths.SPARQL);
        data.put("autorun", autorun);
        JsonObject prefixes = new JsonObject();
        prefixes().forEach(prefixes::put);
        data.put("prefixes", prefixes);
        JsonArray list = new JsonArray();
        for (QueryExamples.Example e : examples.all()) {
            JsonObject o = new JsonObject();
            o.put("name", e.name());
            o.put("title", e.title());
            o.put("description", e.description());
            o.put("text", e.text());
            o.put("federated", e.federated());
            if (e.apiQuery() != null) o.put("api", e.apiQuery());
            list.add(o);
        }
        data.put("examples", list);
        JsonObject messages = new JsonObject();
        for (String key : SCRIPT_MESSAGES) messages.put(key, lang.text(key));
        data.put("messages", messages);
        // "<" only occurs inside JSON strings, where \u003c means the same: no "</script>" can end the element early.
        return data.toString().replace("<", "\\u003c");
    }
}
