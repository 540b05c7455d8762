package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The frame every page shares: the head (UTF-8, the site's stylesheet with its CJK fonts), a
 * header with the navigation and the language switch, the page's own content and a footer that
 * names the endpoints. Links keep the page's language ({@link #link}).
 */
public final class PageLayout {
    private PageLayout() {}

    /** The navigation, in order: path and message key. */
    private static final List<Map.Entry<String, String>> NAV = List.of(
            Map.entry(WebPaths.HOME, "nav.home"),
            Map.entry(WebPaths.QUERY, "nav.query"),
            Map.entry(WebPaths.TIMELINE, "nav.timeline"),
            Map.entry(WebPaths.LIMITS, "nav.limits"),
            Map.entry(WebPaths.ONTOLOGY, "nav.ontology"),
            Map.entry(WebPaths.DOWNLOADS, "nav.downloads"));

    /** The whole HTML document of {@code page}, as {@code request} asked for it. */
    public static String render(HttpServletRequest request, UiLanguage lang, Page page) {
        StringBuilder h = new StringBuilder(4096 + page.body().length());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.htmlLang()).append("\" data-lang=\"").append(lang.code).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(page.title())).append(" · ").append(Html.escape(lang.text("site.name"))).append("</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(WebPaths.ASSETS).append("/site.css\">\n");
        for (String css : page.styles()) h.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(css)).append("\">\n");
        for (UiLanguage l : UiLanguage.values()) {
            h.append("<link rel=\"alternate\" hreflang=\"").append(l.htmlLang()).append("\" href=\"")
                    .append(Html.escape(switchTo(request, l))).append("\">\n");
        }
        h.append("</head>\n<body>\n<header class=\"site\">\n<a class=\"brand\" href=\"").append(Html.escape(link(lang, WebPaths.HOME))).append("\">")
                .append(Html.escape(lang.text("site.name"))).append("</a>\n<nav>\n");
        String here = request.getRequestURI();
        for (Map.Entry<String, String> item : NAV) {
            boolean current = item.getKey().equals(WebPaths.HOME) ? here.equals("/") : here.startsWith(item.getKey());
            h.append("<a href=\"").append(Html.escape(link(lang, item.getKey()))).append('"')
                    .append(current ? " aria-current=\"page\"" : "").append('>').append(Html.escape(lang.text(item.getValue()))).append("</a>\n");
        }
        UiLanguage other = lang.other();
        h.append("</nav>\n<a class=\"lang-switch\" id=\"lang-switch\" hreflang=\"").append(other.htmlLang()).append("\" href=\"")
                .append(Html.escape(switchTo(request, other))).append("\">").append(Html.escape(lang.text("lang.switch"))).append("</a>\n</header>\n")
                .append("<main>\n").append(page.body()).append("\n</main>\n")
                .append("<footer class=\"site\">").append(lang.text("footer.html")).append("</footer>\n");
        h.append("<script src=\"").append(WebPaths.ASSETS).append("/site.js\"></script>\n");
        for (String js : page.scripts()) h.append("<script src=\"").append(Html.escape(js)).append("\"></script>\n");
        return h.append("</body>\n</html>\n").toString();
    }

    /** Sends a rendered page as UTF-8 HTML. */
    public static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code path} in {@code lang}: English pages carry no parameter, Chinese ones {@code lang=zh}. */
    public static String link(UiLanguage lang, String path) {
        if (lang == UiLanguage.EN) return path;
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang.code;
    }

    /** The current URL with its {@code lang} parameter set to {@code lang} (other parameters kept). */
    static String switchTo(HttpServletRequest request, UiLanguage lang) {
        StringJoiner kept = new StringJoiner("&");
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) continue;
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!name.equals("lang")) kept.add(pair);
            }
        }
        if (lang != UiLanguage.EN) kept.add("lang=" + URLEncoder.encode(lang.code, StandardCharsets.UTF_8));
        String q = kept.toString();
        return request.getRequestURI() + (q.isEmpty() ? "" : "?" + q);
    }
}
