package org.w3id.armscontrol.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.BadMessageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before any servlet sees them, requests a public endpoint should not try to serve:
 * a URL whose query string is not valid percent-encoded UTF-8 (400, rather than a 500 from deep
 * inside parameter parsing) and a body declared larger than the limit (413). Bodies sent without
 * a length are cut at the same limit by Jetty's {@code SizeLimitHandler}.
 */
final class RequestGuard implements Filter {
    private final long maxBodyBytes;

    RequestGuard(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String query = request.getQueryString();
        if (query != null && !isPercentEncodedUtf8(query)) {
            refuse(response, 400, "the URL's query string is not valid percent-encoded UTF-8");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response, 413, "request body of " + request.getContentLengthLong() + " bytes; this endpoint accepts at most " + maxBodyBytes);
            return;
        }
        if (isForm(request)) {
            // Parse the form here, where its failures can be answered: deeper in, a form too
            // large (sent without a length) or badly encoded would become a 500.
            try {
                request.getParameterMap();
            } catch (RuntimeException e) {
                boolean tooLarge = false;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof BadMessageException b && b.getCode() == 413) tooLarge = true;
                }
                refuse(response, tooLarge ? 413 : 400, tooLarge
                        ? "form larger than this endpoint accepts (" + maxBodyBytes + " bytes)"
                        : "the form could not be read: it is not valid percent-encoded UTF-8");
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static boolean isPercentEncodedUtf8(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return false;
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return false;
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7F) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
