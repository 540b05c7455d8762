package org.w3id.armscontrol.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for a public, read-only endpoint: any page may read it ({@code *}), and none gets
 * credentials. Fuseki's own filter echoes whatever {@code Origin} is sent, {@code null}
 * included, and allows credentials, which a public endpoint must not do. A preflight is
 * answered here with 204.
 */
final class PublicCors implements Filter {
    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, Cache-Control";
    static final String EXPOSED = "Content-Type, Content-Length, ETag, Fuseki-Request-Id, X-Result-Cache";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (request.getHeader("Origin") == null) {
            chain.doFilter(req, resp);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(204);
            return;
        }
        chain.doFilter(req, resp);
    }
}
