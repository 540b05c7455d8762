package org.w3id.armscontrol.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The stock Fuseki UI (the jena-fuseki-ui jar's {@code webapp/} files) under {@link WebPaths#FUSEKI_UI},
 * now that {@code /} is the site's home page. Jena's FMod_UI can only serve it at the root (it
 * sets the server's static file base), so the files are served here instead, with
 * {@code assets/fuseki-ui.css|js} injected into its index.html to hide the write and admin
 * controls a read-only server would refuse anyway ("manage", "add data", "edit").
 *
 * <p>The UI calls the server relative to its own path ({@code /fuseki/$/ping},
 * {@code /fuseki/arms-control/sparql}…). A filter maps those back: the read-only server
 * functions it needs (ping, server, stats) are forwarded, dataset requests are passed on to
 * Fuseki's dispatch with the prefix removed, and every other {@code /$/} function (datasets,
 * backup, tasks, compact) is a 404.
 */
final class FusekiUi {
    private FusekiUi() {}

    /** The server functions the UI reads: its status light, the dataset list, the statistics page. */
    private static final Pattern READ_FUNCTIONS = Pattern.compile("/\\$/(ping|server|stats(/[^/]*)?)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "ico", "image/x-icon",
            "svg", "image/svg+xml",
            "html", "text/html; charset=utf-8");
    private static final String INJECT = "<link rel=\"stylesheet\" href=\"" + WebPaths.ASSETS + "/fuseki-ui.css\">\n"
            + "<script src=\"" + WebPaths.ASSETS + "/fuseki-ui.js\"></script>\n";

    static FusekiServer.Builder install(FusekiServer.Builder builder) {
        return builder
                // The UI's dataset "info" page reads /$/stats (FMod_UI turned it on too).
                .enableStats(true)
                .addFilter(WebPaths.FUSEKI_UI + "/*", new Routes())
                .addServlet(WebPaths.FUSEKI_UI + "/*", new Files())
                .addServlet(WebPaths.FUSEKI_UI, new Files());
    }

    /** {@code path} without the UI's prefix: {@code /fuseki/$/ping} → {@code /$/ping}. */
    private static String inner(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.substring(Math.min(uri.length(), WebPaths.FUSEKI_UI.length()));
    }

    /** Routes the UI's calls to the server's own paths; leaves its files to {@link Files}. */
    static final class Routes implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            String path = inner(request);
            if (path.isEmpty() || path.equals("/") || path.startsWith("/static/") || path.equals("/favicon.ico")) {
                chain.doFilter(req, res);
            } else if (path.startsWith("/$/")) {
                if (!READ_FUNCTIONS.matcher(path).matches()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND, "not served: this server is read-only");
                    return;
                }
                request.getServletContext().getRequestDispatcher(path).forward(req, res);
            } else {
                // A dataset request (/fuseki/arms-control/sparql): Fuseki's dispatch, after this
                // filter, maps it by its request URI.
                String uri = request.getContextPath() + path;
                chain.doFilter(new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRequestURI() {
                        return uri;
                    }

                    @Override
                    public StringBuffer getRequestURL() {
                        StringBuffer url = request.getRequestURL();
                        int at = url.indexOf(request.getRequestURI());
                        return new StringBuffer(url.substring(0, Math.max(at, 0))).append(uri);
                    }
                }, res);
            }
        }
    }

    /** The UI's files from the jena-fuseki-ui jar; index.html with the override injected. */
    static final class Files extends HttpServlet {
        private static final Set<String> INDEX = Set.of("", "/", "/index.html");

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = inner(request);
            if (path.isEmpty()) {
                // Relative links of index.html (./static/…) need the trailing slash.
                response.sendRedirect(request.getContextPath() + WebPaths.FUSEKI_UI + "/");
                return;
            }
            String file = INDEX.contains(path) ? "/index.html" : path;
            String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
            if (type == null || file.contains("..") || file.contains("//") || file.indexOf('\\') >= 0) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] bytes;
            try (InputStream in = FusekiUi.class.getClassLoader().getResourceAsStream("webapp" + file)) {
                if (in == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                bytes = in.readAllBytes();
            }
            if (file.equals("/index.html")) {
                String html = new String(bytes, StandardCharsets.UTF_8);
                if (!html.contains("</head>")) throw new IOException("the Fuseki UI's index.html has no </head> to inject the read-only override into");
                bytes = html.replace("</head>", INJECT + "</head>").getBytes(StandardCharsets.UTF_8);
            }
            response.setContentType(type);
            response.setContentLength(bytes.length);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(bytes);
        }
    }
}
