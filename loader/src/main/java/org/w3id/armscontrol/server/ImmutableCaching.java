package org.w3id.armscontrol.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.armscontrol.web.WebPaths;

/**
 * HTTP caching for a graph that never changes while it is served: every successful GET (or
 * HEAD) of a read path carries a weak {@code ETag} made of the build id and the request (path,
 * query string, {@code Accept}), with {@code Cache-Control: public}, and a request whose
 * {@code If-None-Match} names that tag gets 304 without running anything. Any HTTP cache or CDN
 * in front of the server can then answer repeated requests. Errors are never cacheable:
 * a non-2xx status turns the headers into {@code no-store}. Fuseki marks every result
 * {@code no-cache}; for a successful read of this immutable graph that is overridden here.
 */
final class ImmutableCaching implements Filter {
    /** How long a cache may serve a response without asking again; a new build is a new server. */
    static final String CACHE_CONTROL = "public, max-age=300";
    /**
     * The read paths: named queries, the SPARQL and Graph Store read endpoints, the JSON-LD
     * context, and the web pages with their assets (the home page is {@code /} exactly).
     */
    private static final List<String> PREFIXES = Stream.concat(
            Stream.of("/api/queries", ServerSettings.DATASET, JsonLdContext.PATH), WebPaths.READ_PREFIXES.stream()).toList();

    private final String buildTag;

    ImmutableCaching(String buildTag) {
        this.buildTag = buildTag;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || !readPath(request.getRequestURI())) {
            chain.doFilter(req, resp);
            return;
        }
        String etag = etag(request);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(req, new CacheableResponse(response));
    }

    private static boolean readPath(String path) {
        return path != null && (path.equals(WebPaths.HOME) || PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "?")));
    }

    /** Weak: the same request on the same build gives the same answer, not necessarily the same bytes. */
    String etag(HttpServletRequest request) {
        String key = buildTag + '\n' + request.getRequestURI() + '?' + String.valueOf(request.getQueryString())
                + '\n' + String.valueOf(request.getHeader("Accept"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** {@code If-None-Match}: a list of tags or {@code *}; weak comparison, as RFC 9110 asks for it. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        String opaque = etag.substring(2);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals(opaque) || t.equals("W/" + opaque)) return true;
        }
        return false;
    }

    /** Keeps the caching headers on a success; a non-2xx status makes the response {@code no-store}. */
    private static final class CacheableResponse extends HttpServletResponseWrapper {
        private boolean success = true;

        CacheableResponse(HttpServletResponse response) {
            super(response);
        }

        private void status(int sc) {
            if (sc < 200 || sc > 299) {
                success = false;
                super.setHeader("ETag", null);
                super.setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void setStatus(int sc) {
            status(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status(sc);
            super.sendError(sc, msg);
        }

        @Override
        public void setHeader(String name, String value) {
            if (success && cachingHeader(name)) return;
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (success && cachingHeader(name)) return;
            super.addHeader(name, value);
        }

        private static boolean cachingHeader(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name) || "ETag".equalsIgnoreCase(name);
        }
    }
}
