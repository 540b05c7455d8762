package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;

/**
 * HTTP caching of the immutable graph, on real servers on free ports: successful reads carry a
 * weak ETag and Cache-Control: public, If-None-Match gives 304 with no body, the tag depends on
 * the request and the build, and errors are never cacheable.
 */
class HttpCachingTest {
    private static FusekiServer server, sameBuild, otherBuild;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String NAMED = "/api/queries/treaty-limits?treaty=new-start&format=csv";
    private static final String SPARQL = "/arms-control/sparql?query="
            + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", UTF_8);

    @BeforeAll
    static void start() {
        SharedBuild shared = SharedBuild.get();
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 8);
        server = KgServer.create(shared.database, shared.catalog(), settings, "build-a").start();
        sameBuild = KgServer.create(shared.dump, shared.catalog(), settings, "build-a").start();
        otherBuild = KgServer.create(shared.dump, shared.catalog(), settings, "build-b").start();
    }

    @AfterAll
    static void stop() {
        for (FusekiServer s : new FusekiServer[] {server, sameBuild, otherBuild}) if (s != null) s.stop();
    }

    private static HttpResponse<String> get(FusekiServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.getHttpPort() + path))
                .timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), BodyHandlers.ofString(UTF_8));
    }

    private static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers().map()));
    }

    @Test
    void aSuccessfulReadIsCacheableAndRevalidatesTo304() throws Exception {
        for (String path : new String[] {NAMED, SPARQL, "/arms-control/get?default", "/context.jsonld"}) {
            HttpResponse<String> first = get(server, path);
            assertEquals(200, first.statusCode(), path + ": " + first.body());
            String tag = etag(first);
            assertTrue(tag.startsWith("W/\""), path + ": a weak tag: " + tag);
            assertEquals(ImmutableCaching.CACHE_CONTROL, first.headers().firstValue("Cache-Control").orElse(""), path);
            assertFalse(first.headers().firstValue("Pragma").isPresent(), path + ": Fuseki's no-cache is overridden");
            assertTrue(first.headers().firstValue("Vary").orElse("").contains("Accept"), path);

            HttpResponse<String> again = get(server, path, "If-None-Match", tag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path + ": 304 has no body");
            assertEquals(tag, etag(again), path);
            assertEquals(200, get(server, path, "If-None-Match", "W/\"something-else\"").statusCode(), path);
        }
    }

    @Test
    void theTagDependsOnTheRequestAndTheBuildOnly() throws Exception {
        String tag = etag(get(server, NAMED));
        assertEquals(tag, etag(get(server, NAMED)), "the same request, the same tag");
        assertEquals(tag, etag(get(sameBuild, NAMED)), "a replica of the same build gives the same tag");
        assertNotEquals(tag, etag(get(otherBuild, NAMED)), "another build, another tag");
        assertNotEquals(tag, etag(get(server, "/api/queries/treaty-limits?treaty=sort&format=csv")), "another parameter");
        assertNotEquals(etag(get(server, SPARQL, "Accept", "text/csv")), etag(get(server, SPARQL, "Accept", "application/sparql-results+json")),
                "another Accept, another representation");
        // A tag of one build never validates a response of another.
        assertEquals(200, get(otherBuild, NAMED, "If-None-Match", tag).statusCode());
    }

    @Test
    void errorsAndWritesAreNeverCacheable() throws Exception {
        HttpResponse<String> bad = get(server, "/api/queries/treaty-limits?treaty=no-such-treaty");
        assertEquals(400, bad.statusCode(), bad.body());
        assertFalse(bad.headers().firstValue("ETag").isPresent(), "no ETag on an error");
        assertTrue(bad.headers().firstValue("Cache-Control").orElse("").contains("no-store"), bad.headers().map().toString());

        HttpResponse<String> parseError = get(server, "/arms-control/sparql?query=" + URLEncoder.encode("SELECT nonsense", UTF_8));
        assertEquals(400, parseError.statusCode());
        assertFalse(parseError.headers().firstValue("ETag").isPresent());

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort() + "/arms-control/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), BodyHandlers.ofString(UTF_8));
        assertEquals(200, post.statusCode(), post.body());
        assertFalse(post.headers().firstValue("ETag").isPresent(), "a POST is not given a validator");
    }
}
