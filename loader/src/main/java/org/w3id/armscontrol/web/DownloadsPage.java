package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import org.w3id.armscontrol.store.GraphExport;

/**
 * {@code /downloads}: the whole graph as N-Quads, TriG, Turtle and JSON-LD, each with its size
 * and SHA-256; {@code /downloads/<file>} sends one as an attachment.
 */
final class DownloadsPage extends HttpServlet {
    private final WebFace.Site site;
    private final Downloads downloads;

    DownloadsPage(WebFace.Site site) {
        this.site = site;
        this.downloads = new Downloads(site.dataset(), site.buildTag());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            page(request, response);
            return;
        }
        Optional<GraphExport.Format> format = downloads.formatOf(path.substring(1));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.File f = downloads.file(format.get());
        response.setContentType(f.format().mediaType + (f.format() == GraphExport.Format.jsonld ? "" : "; charset=utf-8"));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + f.name() + "\"");
        response.setContentLengthLong(f.size());
        Files.copy(f.path(), response.getOutputStream());
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiLanguage lang = UiLanguage.of(request);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(lang.text("downloads.title"))).append("</h1>\n<p class=\"lead\">")
                .append(Html.escape(MessageFormat.format(lang.text("downloads.about"), site.buildTag()))).append("</p>\n")
                .append("<table class=\"downloads\">\n<tr><th>").append(Html.escape(lang.text("downloads.file"))).append("</th><th>")
                .append(Html.escape(lang.text("downloads.holds"))).append("</th><th>").append(Html.escape(lang.text("downloads.size")))
                .append("</th><th>").append(Html.escape(lang.text("downloads.sha256"))).append("</th></tr>\n");
        for (GraphExport.Format format : GraphExport.Format.values()) {
            Downloads.File f = downloads.file(format);
            b.append("<tr class=\"download\" data-format=\"").append(format.name()).append("\"><td><a download href=\"")
                    .append(WebPaths.DOWNLOADS).append('/').append(Html.escape(f.name())).append("\">").append(Html.escape(f.name())).append("</a><br><span class=\"tag\">")
                    .append(Html.escape(format.mediaType)).append("</span></td><td>").append(Html.escape(lang.text("downloads." + format.name())))
                    .append("</td><td class=\"num size\">").append(f.size()).append("</td><td class=\"hash sha256\">").append(f.sha256()).append("</td></tr>\n");
        }
        b.append("</table>\n");
        PageLayout.write(response, PageLayout.render(request, lang,
                new Page(lang.text("downloads.title"), b.toString(), List.of(WebPaths.ASSETS + "/pages.css"), List.of())));
    }
}
