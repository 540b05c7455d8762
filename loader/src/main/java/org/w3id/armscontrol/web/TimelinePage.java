package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /viz/timeline}: every agreement as a bar from entry into force to its end, the states'
 * withdrawals, suspensions and revocations as markers, other events as points, and an "as of"
 * day that highlights the US–Russia treaties in force then. The server renders the frame, the
 * legend and the feeds; assets/timeline.js draws the chart from the named queries.
 */
final class TimelinePage extends HttpServlet {
    /** The chart's data: every agreement's lifespan and events, one named query. */
    static final String DATA_QUERY = "agreement-timeline";
    /** The highlight: the treaties binding both the US and Russia on the "as of" day. */
    static final String AS_OF_QUERY = "us-russia-treaties-in-force";

    private static final String[] TEXT_KEYS = {"asOfSummary", "loading", "error", "inForce", "ended", "neverInForce",
            "date", "type", "party", "source", "quote", "status", "from", "until", "open", "signed", "event",
            "withdrawal", "suspension", "revocation"};

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiLanguage lang = UiLanguage.of(request);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(lang.text("timeline.title"))).append("</h1>\n")
                .append("<p class=\"lead\">").append(Html.escape(lang.text("timeline.intro"))).append("</p>\n")
                .append("<div class=\"viz-controls\"><label for=\"as-of\">").append(Html.escape(lang.text("timeline.asOf")))
                .append("</label> <input type=\"date\" id=\"as-of\" min=\"1945-01-01\" max=\"2100-12-31\"> ")
                .append("<span id=\"as-of-summary\" aria-live=\"polite\"></span></div>\n")
                .append(legend(lang))
                .append("<div id=\"timeline-chart\" class=\"viz-chart\" role=\"img\" aria-label=\"")
                .append(Html.escape(lang.text("timeline.title"))).append("\" data-state=\"loading\"></div>\n")
                .append("<div id=\"timeline-detail\" class=\"viz-detail\" aria-live=\"polite\"></div>\n")
                .append("<noscript><p>").append(Html.escape(lang.text("timeline.noscript"))).append("</p></noscript>\n")
                .append("<h2 class=\"feeds\">").append(Html.escape(lang.text("timeline.feeds"))).append("</h2>\n")
                .append(ChartParts.feed("feed-timeline", lang.text("timeline.feedData"), ChartParts.feedUrl(lang, DATA_QUERY, Map.of())))
                .append(ChartParts.feed("feed-as-of", lang.text("timeline.feedAsOf"), ChartParts.feedUrl(lang, AS_OF_QUERY, Map.of())))
                // The bars as text, for screen readers and tests: the script fills it from what it draws.
                .append("<ul id=\"timeline-bars\" class=\"visually-hidden\"></ul>\n")
                .append(ChartParts.texts(lang, "timeline", TEXT_KEYS));
        Page page = new Page(lang.text("timeline.title"), b.toString(), List.of(WebPaths.ASSETS + "/viz.css"),
                List.of(WebPaths.WEBJARS + "/echarts/5.3.1/dist/echarts.min.js", WebPaths.ASSETS + "/timeline.js"));
        PageLayout.write(response, PageLayout.render(request, lang, page));
    }

    private static String legend(UiLanguage lang) {
        StringBuilder b = new StringBuilder("<ul class=\"viz-legend\">\n");
        for (String kind : List.of("inForce", "ended", "neverInForce", "highlighted", "withdrawal", "suspension", "revocation", "event")) {
            b.append("<li><span class=\"swatch swatch-").append(kind).append("\" aria-hidden=\"true\"></span>")
                    .append(Html.escape(lang.text("timeline.legend." + kind))).append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }
}
