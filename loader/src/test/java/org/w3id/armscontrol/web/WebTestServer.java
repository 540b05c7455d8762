package org.w3id.armscontrol.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.server.KgServer;
import org.w3id.armscontrol.server.ServerSettings;

/** A real server of the shared test build on a free loopback port, for the web tests. */
final class WebTestServer implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final FusekiServer server;
    final String base;

    WebTestServer() {
        this(ServerSettings.DEFAULT_TIMEOUT_MILLIS);
    }

    /** With a longer query timeout, for pages whose one query is large when the machine is loaded. */
    WebTestServer(long timeoutMillis) {
        SharedBuild shared = SharedBuild.get();
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, timeoutMillis, 16);
        server = KgServer.create(shared.database, shared.catalog(), settings, "web-test-build").start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    int port() {
        return server.getHttpPort();
    }

    /** GET {@code path} with header name/value pairs; the body as UTF-8 text. */
    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
    }
}
