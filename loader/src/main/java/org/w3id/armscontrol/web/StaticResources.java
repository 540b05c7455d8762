package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Files from the jar under one classpath folder: the site's assets, or the WebJars' files
 * ({@code META-INF/resources/webjars/...}). Only plain relative paths are served: a segment
 * that is empty, {@code .}, {@code ..} or holds a backslash is a 404, so nothing outside the
 * folder can be reached. Caching headers come from the server's HTTP caching filter.
 */
public final class StaticResources extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "html", "text/html; charset=utf-8",
            "map", "application/json",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    private final String root;

    /** {@code root}: the classpath folder, without leading or trailing slash. */
    public StaticResources(String root) {
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String type = path == null ? null : TYPES.get(extension(path));
        if (type == null || !safe(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticResources.class.getClassLoader().getResourceAsStream(root + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setContentType(type);
            response.setContentLength(bytes.length);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(bytes);
        }
    }

    private static boolean safe(String path) {
        if (!path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return false;
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return false;
        }
        return true;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1);
    }
}
