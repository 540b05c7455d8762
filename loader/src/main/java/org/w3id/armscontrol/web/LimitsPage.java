package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /viz/limits}: New START's central limits as lines over the treaty's life, against each
 * party's declared numbers and the warhead estimates made while it was in force. One named
 * query ({@code limits-and-numbers}) holds all three series groups, so the chart has one feed.
 */
final class LimitsPage extends HttpServlet {
    static final String DATA_QUERY = "limits-and-numbers";
    static final String TREATY = "new-start";

    private static final String[] TEXT_KEYS = {"loading", "error", "limit", "declared", "estimate", "value", "asOf",
            "source", "from", "until", "open", "by", "axisValue", "axisDate"};

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiLanguage lang = UiLanguage.of(request);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(lang.text("limits.title"))).append("</h1>\n")
                .append("<p class=\"lead\">").append(Html.escape(lang.text("limits.intro"))).append("</p>\n")
                .append("<div id=\"limits-chart\" class=\"viz-chart viz-chart-limits\" role=\"img\" aria-label=\"")
                .append(Html.escape(lang.text("limits.title"))).append("\" data-state=\"loading\"></div>\n")
                .append("<div id=\"limits-detail\" class=\"viz-detail\" aria-live=\"polite\"></div>\n")
                .append("<noscript><p>").append(Html.escape(lang.text("limits.noscript"))).append("</p></noscript>\n")
                .append("<h2 class=\"feeds\">").append(Html.escape(lang.text("limits.feeds"))).append("</h2>\n")
                .append(ChartParts.feed("feed-limits", lang.text("limits.feedData"),
                        ChartParts.feedUrl(lang, DATA_QUERY, Map.of("treaty", TREATY))))
                .append("<ul id=\"limits-points\" class=\"visually-hidden\"></ul>\n")
                .append(ChartParts.texts(lang, "limits", TEXT_KEYS));
        Page page = new Page(lang.text("limits.title"), b.toString(), List.of(WebPaths.ASSETS + "/viz.css"),
                List.of(WebPaths.WEBJARS + "/echarts/5.3.1/dist/echarts.min.js", WebPaths.ASSETS + "/limits.js"));
        PageLayout.write(response, PageLayout.render(request, lang, page));
    }
}
