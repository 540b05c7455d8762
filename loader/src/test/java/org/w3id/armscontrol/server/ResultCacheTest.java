package org.w3id.armscontrol.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.vocab.AC;

/**
 * The named-query API's result cache, on a real server started fresh for each test: a repeated
 * request is a hit with the same bytes, the key is the bound request (a slug and an IRI are one
 * key) with its format and language, errors and answers over the entry bound are never kept, the cache is bounded by bytes, and a new
 * server (a new build) starts empty.
 */
class ResultCacheTest {
    private FusekiServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() {
        SharedBuild shared = SharedBuild.get();
        server = KgServer.create(shared.dump, shared.catalog(),
                new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 8)).start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort() + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), BodyHandlers.ofString(UTF_8));
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue(NamedQueryApi.CACHE_HEADER).orElse("(none)");
    }

    @Test
    void aRepeatedRequestIsServedFromTheCache() throws Exception {
        String path = "/api/queries/treaty-limits?treaty=new-start&format=csv";
        HttpResponse<String> first = get(path);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("miss", cache(first));
        HttpResponse<String> second = get(path);
        assertEquals("hit", cache(second));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));

        // The same treaty by IRI is the same bound request.
        String iri = URLEncoder.encode(AC.Kind.TREATY.iri("new-start"), UTF_8);
        HttpResponse<String> byIri = get("/api/queries/treaty-limits?treaty=" + iri + "&format=csv");
        assertEquals("hit", cache(byIri));
        assertEquals(first.body(), byIri.body());

        // Another format or language is another answer.
        assertEquals("miss", cache(get("/api/queries/treaty-limits?treaty=new-start&format=tsv")));
        HttpResponse<String> zh = get("/api/queries/treaty-limits?treaty=new-start&format=csv&lang=zh");
        assertEquals("miss", cache(zh));
        assertFalse(zh.body().equals(first.body()), "the Chinese answer differs");
        assertEquals("hit", cache(get("/api/queries/treaty-limits?treaty=new-start&format=csv&lang=zh")));
    }

    @Test
    void errorsAreNotKept() throws Exception {
        HttpResponse<String> bad = get("/api/queries/treaty-limits?treaty=no-such-treaty");
        assertEquals(400, bad.statusCode());
        assertEquals("(none)", cache(bad));
        assertEquals("(none)", cache(get("/api/queries/treaty-limits?treaty=no-such-treaty")));
    }

    @Test
    void theWholeHistoryTimelineIsKept() throws Exception {
        // The largest answer the API gives, and the costliest to compute.
        String big = "/api/queries/agreement-timeline?format=sparql-json";
        HttpResponse<String> first = get(big);
        assertEquals(200, first.statusCode());
        assertEquals("miss", cache(first));
        HttpResponse<String> second = get(big);
        assertEquals("hit", cache(second));
        assertEquals(first.body(), second.body());
    }

    @Test
    void theCacheIsBoundedByBytes() throws Exception {
        ResultCache small = new ResultCache(1_000, 4_000);
        ResultCache.Key tooLarge = key("too-large");
        small.put(tooLarge, new byte[1_001]);
        assertFalse(small.get(tooLarge).isPresent(), "an answer larger than an entry may be is not kept");
        for (int i = 0; i < 20; i++) small.put(key("q" + i), new byte[900]);
        long held = small.heldBytes();
        assertTrue(held <= 4_000 && held >= 900, "held " + held + " bytes of at most 4000");
    }

    private static ResultCache.Key key(String name) throws Exception {
        return ResultCache.Key.of(name, java.util.Map.of(), org.w3id.armscontrol.query.ResultFormat.CSV,
                org.w3id.armscontrol.query.Language.parse(null));
    }

    @Test
    void aNewServerStartsEmpty() throws Exception {
        // Each test has its own server: the first request here is a miss whatever ran before.
        assertEquals("miss", cache(get("/api/queries/treaty-limits?treaty=new-start&format=csv")));
    }

    @Test
    void switchedOffEveryRequestRunsTheQuery() throws Exception {
        SharedBuild shared = SharedBuild.get();
        FusekiServer off = KgServer.create(shared.dump, shared.catalog(),
                new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 8).withoutResultCache()).start();
        try {
            String url = "http://127.0.0.1:" + off.getHttpPort() + "/api/queries/treaty-limits?treaty=new-start&format=csv";
            HttpResponse<String> first = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), BodyHandlers.ofString(UTF_8));
            HttpResponse<String> second = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), BodyHandlers.ofString(UTF_8));
            assertEquals(200, second.statusCode(), second.body());
            assertEquals("off", cache(first));
            assertEquals("off", cache(second), "a repeated request is not a hit");
            assertEquals(get("/api/queries/treaty-limits?treaty=new-start&format=csv").body(), second.body(),
                    "the same answer as a server with the cache");
        } finally {
            off.stop();
        }
    }
}
