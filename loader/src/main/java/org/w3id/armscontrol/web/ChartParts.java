package org.w3id.armscontrol.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What the chart pages share: the URL of a named query's answer (the same URL the page's
 * script reads, so a user can take it to another tool), the list of those feeds under a chart,
 * and the page's user-interface strings handed to its script as JSON.
 */
final class ChartParts {
    private ChartParts() {}

    /** {@code /api/queries/NAME?…&format=json[&lang=zh]}, as {@code KG.feedUrl} in site.js builds it. */
    static String feedUrl(UiLanguage lang, String query, Map<String, String> params) {
        StringBuilder url = new StringBuilder("/api/queries/").append(query).append('?');
        params.forEach((k, v) -> url.append(enc(k)).append('=').append(enc(v)).append('&'));
        url.append("format=json");
        if (lang != UiLanguage.EN) url.append("&lang=").append(lang.code);
        return url.toString();
    }

    /** One feed line: what it holds, and its URL as a link (its id lets the script keep it current). */
    static String feed(String id, String what, String url) {
        return "<p class=\"feed\">" + Html.escape(what) + ": <a id=\"" + Html.escape(id) + "\" href=\"" + Html.escape(url)
                + "\">" + Html.escape(url) + "</a></p>\n";
    }

    /**
     * A {@code <script type="application/json" id="viz-text">} holding the strings of the given
     * keys (message key without the page's prefix, so {@code timeline.asOf} is {@code asOf}).
     */
    static String texts(UiLanguage lang, String prefix, String... keys) {
        JsonObject o = new JsonObject();
        for (String key : keys) o.put(key, lang.text(prefix + "." + key));
        // "</" would end the script element early.
        return "<script type=\"application/json\" id=\"viz-text\">" + o.toString().replace("</", "<\\/") + "</script>\n";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
