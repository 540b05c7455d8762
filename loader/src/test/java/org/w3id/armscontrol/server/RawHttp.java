package org.w3id.armscontrol.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand on a socket, for requests no well-behaved client would send: bytes
 * that are not UTF-8 in a URL, unnormalised paths, floods of headers.
 */
final class RawHttp {
    private RawHttp() {}

    record Response(int status, String head, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

    /** Sends {@code head} (request line and headers, without the blank line), then {@code body}; reads the answer. */
    static Response send(int port, byte[] head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head);
            out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (body == null) return read(s.getInputStream());
            // The body goes out from another thread while this one reads: a server that refuses a
            // body half-way answers and closes, and the answer must be read before the close
            // cuts the connection under a writer that is still sending.
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // The server stopped reading: expected when it refuses the body.
                }
            });
            writer.setDaemon(true);
            writer.start();
            return read(s.getInputStream());
        }
    }

    static Response get(int port, String target) throws IOException {
        return send(port, ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1").getBytes(StandardCharsets.ISO_8859_1), null);
    }

    static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) all.write(buf, 0, n);
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // Whatever arrived before the server closed or went quiet.
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        Matcher m = STATUS.matcher(head);
        return new Response(m.find() ? Integer.parseInt(m.group(1)) : -1, head, body);
    }
}
