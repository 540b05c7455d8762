package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.query.Language;
import org.w3id.armscontrol.query.LabelLanguage;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryRunner;

/** {@code /}: what the graph is, and the way to each part of the site. */
final class HomePage extends HttpServlet {
    private static final List<String> SECTIONS = List.of(
            WebPaths.QUERY, "home.query", WebPaths.TIMELINE, "home.timeline", WebPaths.LIMITS, "home.limits",
            WebPaths.ONTOLOGY, "home.ontology", WebPaths.DOWNLOADS, "home.downloads");

    /** The named query the coverage table shows. */
    static final String COVERAGE = "coverage";
    /**
     * The coverage query walks every event's class hierarchy, which takes seconds on TDB2 under
     * load: it gets more time than a client's query, and runs once per language, since the graph
     * never changes while the server runs.
     */
    private static final long COVERAGE_TIMEOUT_MILLIS = 120_000;

    private final Map<UiLanguage, String> coverage = new java.util.concurrent.ConcurrentHashMap<>();

    private final WebFace.Site site;

    HomePage(WebFace.Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiLanguage lang = UiLanguage.of(request);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(lang.text("site.name"))).append("</h1>\n<p class=\"lead\">")
                .append(Html.escape(lang.text("home.about"))).append("</p>\n<ul class=\"sections\">\n");
        for (int i = 0; i < SECTIONS.size(); i += 2) {
            body.append("<li><a href=\"").append(Html.escape(PageLayout.link(lang, SECTIONS.get(i)))).append("\">")
                    .append(Html.escape(lang.text(SECTIONS.get(i + 1)))).append("</a></li>\n");
        }
        body.append("</ul>\n");
        body.append(coverage.computeIfAbsent(lang, this::coverage));
        PageLayout.write(response, PageLayout.render(request, lang, Page.of(lang.text("nav.home"), body.toString())));
    }

    /** The {@code coverage} named query as a table: one row per agreement, linked to its page. */
    private String coverage(UiLanguage lang) {
        StringBuilder b = new StringBuilder();
        NamedQuery q = site.catalog().get(COVERAGE).orElse(null);
        if (q == null) return "";
        DatasetGraph ds = site.dataset();
        ResultSetRewindable rows = LabelLanguage.apply(ds, QueryRunner.run(ds, q, Map.of(), COVERAGE_TIMEOUT_MILLIS), Language.valueOf(lang.name()));
        String feed = "/api/queries/" + COVERAGE + "?format=json&lang=" + lang.code;
        b.append("<h2 id=\"coverage\">").append(Html.escape(lang.text("home.coverage"))).append("</h2>\n<table class=\"coverage\">\n<tr><th>")
                .append(Html.escape(lang.text("home.agreement"))).append("</th><th>").append(Html.escape(lang.text("home.parties"))).append("</th><th>")
                .append(Html.escape(lang.text("home.membershipComplete"))).append("</th><th>").append(Html.escape(lang.text("home.events"))).append("</th></tr>\n");
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String iri = s.getResource("treaty").getURI();
            boolean complete = s.getLiteral("membershipComplete").getBoolean();
            b.append("<tr class=\"agreement\" data-iri=\"").append(Html.escape(iri)).append("\"><td><a href=\"")
                    .append(Html.escape(TermHtml.local(lang, TermHtml.pageOf(iri)))).append("\">").append(Html.escape(s.getLiteral("treatyLabel").getLexicalForm()))
                    .append("</a></td><td class=\"num\">").append(s.getLiteral("partyCount").getLexicalForm()).append("</td><td>")
                    .append(Html.escape(lang.text(complete ? "home.yes" : "home.no"))).append("</td><td class=\"num\">")
                    .append(s.getLiteral("eventCount").getLexicalForm()).append("</td></tr>\n");
        }
        b.append("</table>\n<p class=\"feed\">").append(Html.escape(lang.text("home.coverageFeed"))).append(": <a href=\"").append(Html.escape(feed)).append("\">")
                .append(Html.escape(feed)).append("</a></p>\n");
        return b.toString();
    }
}
