package org.w3id.armscontrol.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.store.BuildStore;
import org.w3id.armscontrol.vocab.AC;

/**
 * docs/SCALING.md, run: two replicas of one build (real servers on free ports, the second on a
 * copy of the build folder, as a second machine would have it) behind a real HTTP cache started
 * from its committed configuration in deploy/ (one subclass per cache). The replicas give the
 * same answers and tags; the cache answers repeated reads and If-None-Match without reaching a
 * replica, keeps each Accept apart and never keeps an error; distinct requests are spread over
 * both replicas; and with one replica stopped, answers are still served.
 */
abstract class CachedReplicasContract {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final String NAMED = "/api/queries/treaty-limits?treaty=new-start&format=csv";
    private static final String SPARQL = "/arms-control/sparql?query="
            + URLEncoder.encode("SELECT ?t ?label WHERE { ?t a <" + AC.Treaty.getURI() + "> ; <" + RDFS.label.getURI()
                    + "> ?label } ORDER BY ?t ?label", UTF_8);
    /** Reads that no other request in a test asks for: each is new to the cache. */
    private static final List<String> DISTINCT = Stream.of("1972-10-03", "1988-06-01", "1994-12-05", "2003-06-01",
                    "2011-02-05", "2019-08-02", "2021-02-03", "2023-03-01")
            .map(d -> "/api/queries/us-russia-treaties-in-force?date=" + d + "&format=csv").toList();

    private static SharedBuild shared;
    private static DatasetGraph copyDatabase;
    private static String buildId;

    private CountingReplica first, second;
    private CacheProcess cache;

    /** Skips the test, saying why, when this cache is not installed. */
    abstract void assumeInstalled();

    /** The cache in front of the two replicas, started in {@code dir}. */
    abstract CacheProcess startCache(Path dir, int replica1, int replica2) throws Exception;

    @BeforeAll
    static void replicaOfTheBuild(@TempDir Path copies) throws IOException {
        shared = SharedBuild.get();
        buildId = shared.build.getFileName().toString();
        // The second replica serves its own copy of the build folder, as after `cp -r` to another machine.
        Path buildCopy = copies.resolve(buildId);
        copyTree(shared.build, buildCopy);
        copyDatabase = BuildStore.openDatabase(shared.project.store().database(buildCopy));
    }

    @AfterAll
    static void closeCopy() {
        if (copyDatabase != null) TDBInternal.expel(copyDatabase);
        copyDatabase = null;
    }

    @BeforeEach
    void start(@TempDir Path cacheDir) throws Exception {
        assumeInstalled();
        first = new CountingReplica(shared.database, shared.catalog(), buildId);
        second = new CountingReplica(copyDatabase, shared.catalog(), buildId);
        cache = startCache(cacheDir, first.port(), second.port());
    }

    @AfterEach
    void stop() {
        if (cache != null) cache.close();
        if (first != null) first.close();
        if (second != null) second.close();
    }

    @Test
    void replicasOfOneBuildGiveIdenticalAnswersAndTags() throws Exception {
        for (String path : Stream.concat(Stream.of(NAMED, SPARQL, "/api/queries/treaty-parties?treaty=npt&format=json"),
                DISTINCT.stream().limit(2)).toList()) {
            HttpResponse<String> a = get(first.base(), path), b = get(second.base(), path);
            assertEquals(200, a.statusCode(), path + ": " + a.body());
            assertEquals(200, b.statusCode(), path + ": " + b.body());
            assertTrue(a.body().contains("https://w3id.org/arms-control/id/"), path + ": a real answer: " + a.body());
            assertEquals(a.body(), b.body(), path);
            assertEquals(etag(a), etag(b), path + ": the same build, the same tag");
            assertEquals(a.headers().firstValue("Content-Type"), b.headers().firstValue("Content-Type"), path);
        }
    }

    @Test
    void aRepeatedReadIsAnsweredByTheCacheAlone() throws Exception {
        for (String path : List.of(NAMED, SPARQL)) {
            HttpResponse<String> miss = get(cache.base(), path);
            assertEquals(200, miss.statusCode(), path + ": " + miss.body() + cache.logs());
            assertEquals("MISS", cache.cacheStatus(miss), path);
            assertEquals(1, seen(path), path + ": one replica answered the first request");

            HttpResponse<String> hit = get(cache.base(), path);
            assertEquals(200, hit.statusCode(), path);
            assertEquals("HIT", cache.cacheStatus(hit), path);
            assertEquals(1, seen(path), path + ": no replica saw the repeated request");
            assertEquals(miss.body(), hit.body(), path);
            assertEquals(etag(miss), etag(hit), path);
            assertEquals(get(first.base(), path).body(), hit.body(), path + ": the cached answer is the replica's");
        }
    }

    @Test
    void ifNoneMatchIsAnswered304ByTheCache() throws Exception {
        String tag = etag(get(cache.base(), NAMED));
        HttpResponse<String> revalidated = get(cache.base(), NAMED, "If-None-Match", tag);
        assertEquals(304, revalidated.statusCode(), revalidated.body());
        assertEquals("", revalidated.body());
        assertEquals("HIT", cache.cacheStatus(revalidated));
        assertEquals(1, seen(NAMED), "the 304 came from the cache");
        assertEquals(200, get(cache.base(), NAMED, "If-None-Match", "W/\"another-build\"").statusCode(), "another tag: the whole answer");

        // A tag a client holds from an earlier visit (from either replica) is good for a read the cache has not seen yet.
        String fresh = DISTINCT.get(0);
        String replicaTag = etag(get(second.base(), fresh));
        HttpResponse<String> conditional = get(cache.base(), fresh, "If-None-Match", replicaTag);
        assertEquals(304, conditional.statusCode(), conditional.body());
        assertEquals("MISS", cache.cacheStatus(conditional));
    }

    @Test
    void eachAcceptIsCachedApartAndErrorsAreNotCached() throws Exception {
        HttpResponse<String> csv = get(cache.base(), SPARQL, "Accept", "text/csv");
        HttpResponse<String> json = get(cache.base(), SPARQL, "Accept", "application/sparql-results+json");
        assertEquals("MISS", cache.cacheStatus(csv));
        assertEquals("MISS", cache.cacheStatus(json), "Vary: Accept: a JSON client is not given the CSV answer");
        assertNotEquals(csv.body(), json.body());
        HttpResponse<String> csvAgain = get(cache.base(), SPARQL, "Accept", "text/csv");
        HttpResponse<String> jsonAgain = get(cache.base(), SPARQL, "Accept", "application/sparql-results+json");
        assertEquals("HIT", cache.cacheStatus(csvAgain));
        assertEquals("HIT", cache.cacheStatus(jsonAgain));
        assertEquals(csv.body(), csvAgain.body());
        assertEquals(json.body(), jsonAgain.body());
        assertTrue(jsonAgain.headers().firstValue("Content-Type").orElse("").contains("json"), jsonAgain.headers().map().toString());
        assertEquals(2, seen(SPARQL));

        String bad = "/api/queries/treaty-limits?treaty=no-such-treaty";
        assertEquals(400, get(cache.base(), bad).statusCode());
        assertEquals(400, get(cache.base(), bad).statusCode());
        assertEquals(2, seen(bad), "an error is no-store: each request reaches a replica");
    }

    @Test
    void distinctReadsAreSpreadOverBothReplicas() throws Exception {
        for (String path : DISTINCT) {
            HttpResponse<String> r = get(cache.base(), path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertEquals("MISS", cache.cacheStatus(r), path);
        }
        int a = first.seen(DISTINCT), b = second.seen(DISTINCT);
        assertEquals(DISTINCT.size(), a + b, "each new read reached one replica once");
        assertTrue(a > 0 && b > 0, "round robin: both replicas answer (first " + a + ", second " + b + ")");
    }

    @Test
    void withOneReplicaStoppedAnswersAreStillServed() throws Exception {
        HttpResponse<String> cached = get(cache.base(), NAMED);
        assertEquals(200, cached.statusCode());
        first.close();
        for (String path : DISTINCT) {
            HttpResponse<String> r = get(cache.base(), path);
            assertEquals(200, r.statusCode(), path + ": " + r.body() + cache.logs());
            assertEquals(get(second.base(), path).body(), r.body(), path);
        }
        assertEquals(2 * DISTINCT.size(), second.seen(DISTINCT),
                "every new read went to the replica still up (once through nginx, once directly)");
        HttpResponse<String> stillCached = get(cache.base(), NAMED);
        assertEquals("HIT", cache.cacheStatus(stillCached));
        assertEquals(cached.body(), stillCached.body());
    }

    private int seen(String path) {
        return first.seen(path) + second.seen(path);
    }

    private static HttpResponse<String> get(String base, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), BodyHandlers.ofString(UTF_8));
    }

    private static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers().map()));
    }

    /** The build folder without TDB2's lock file, which names the process that holds the original. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else if (!f.getFileName().toString().equals("tdb.lock")) Files.copy(f, target);
            }
        }
    }
}
