package org.w3id.armscontrol.wikidata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.armscontrol.TestProject;

/**
 * A local HTTP server that answers like Wikidata's Action API from recorded entity and search
 * documents (test resources wikidata/api/), on a free port. It can be told to answer the next
 * requests with 429 or 503 (with or without Retry-After) or with a malformed body, and it
 * records every request so tests can check batching, retries and the User-Agent.
 */
final class WikidataStandIn implements AutoCloseable {
    record Request(Map<String, String> params, String userAgent) {}

    private record Fault(int status, String retryAfter, String body) {}

    private final HttpServer server;
    private final Path fixtures = TestProject.resource("wikidata/api");
    private final Deque<Fault> faults = new ArrayDeque<>();
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    WikidataStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    /** The next {@code times} requests get this status (and Retry-After, if not null). */
    synchronized void failNext(int status, int times, String retryAfter) {
        for (int i = 0; i < times; i++) faults.add(new Fault(status, retryAfter, "{\"error\":\"busy\"}"));
    }

    /** The next request gets a 200 whose body is {@code body}. */
    synchronized void answerNextWith(String body) {
        faults.add(new Fault(200, null, body));
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> params = params(ex.getRequestURI().getRawQuery());
        requests.add(new Request(params, ex.getRequestHeaders().getFirst("User-Agent")));
        Fault fault;
        synchronized (this) {
            fault = faults.poll();
        }
        if (fault != null) {
            if (fault.retryAfter() != null) ex.getResponseHeaders().add("Retry-After", fault.retryAfter());
            send(ex, fault.status(), fault.body());
            return;
        }
        String body = switch (params.getOrDefault("action", "")) {
            case "wbgetentities" -> getEntities(params);
            case "wbsearchentities" -> search(params.get("search"));
            default -> "{\"error\":{\"code\":\"badvalue\",\"info\":\"Unrecognized value for parameter \\\"action\\\"\"}}";
        };
        send(ex, 200, body);
    }

    private String getEntities(Map<String, String> params) throws IOException {
        JsonObject entities = new JsonObject();
        if (params.containsKey("ids")) {
            for (String id : params.get("ids").split("\\|")) {
                Path f = fixtures.resolve("entities/" + id + ".json");
                entities.put(id, Files.exists(f) ? JSON.parse(Files.readString(f)) : missing("id", id));
            }
        } else {
            Map<String, JsonObject> byTitle = new LinkedHashMap<>();
            try (var files = Files.list(fixtures.resolve("entities"))) {
                for (Path f : files.sorted().toList()) {
                    JsonObject e = JSON.parse(Files.readString(f));
                    JsonObject links = e.getObj("sitelinks");
                    if (links.hasKey("enwiki")) byTitle.put(links.getObj("enwiki").getString("title"), e);
                }
            }
            int n = 0;
            for (String title : params.get("titles").split("\\|")) {
                JsonObject e = byTitle.get(title);
                if (e != null) entities.put(e.getString("id"), e);
                else entities.put("-" + (++n), missingTitle(title));
            }
        }
        JsonObject answer = new JsonObject();
        answer.put("entities", entities);
        answer.put("success", 1);
        return answer.toString();
    }

    private String search(String text) throws IOException {
        Path f = fixtures.resolve("search/" + text + ".json");
        return Files.exists(f) ? Files.readString(f) : "{\"searchinfo\":{\"search\":\"\"},\"search\":[],\"success\":1}";
    }

    private static JsonObject missing(String key, String value) {
        JsonObject o = new JsonObject();
        o.put(key, value);
        o.put("missing", "");
        return o;
    }

    private static JsonObject missingTitle(String title) {
        JsonObject o = missing("title", title);
        o.put("site", "enwiki");
        return o;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null) return out;
        for (String kv : rawQuery.split("&")) {
            int i = kv.indexOf('=');
            out.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
