package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** {@code /}: what the graph is, and the way to each part of the site. */
final class HomePage extends HttpServlet {
    private static final List<String> SECTIONS = List.of(
            WebPaths.QUERY, "home.query", WebPaths.TIMELINE, "home.timeline", WebPaths.LIMITS, "home.limits",
            WebPaths.ONTOLOGY, "home.ontology", WebPaths.DOWNLOADS, "home.downloads");

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
        PageLayout.write(response, PageLayout.render(request, lang, Page.of(lang.text("nav.home"), body.toString())));
    }
}
