package org.w3id.armscontrol.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.KgCli;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.cli.Kg;
import org.yaml.snakeyaml.Yaml;

/** {@code ./kg wikidata reconcile} on a copy of the real project, against the local Action API stand-in. */
class ReconcileTest {
    @TempDir static Path tmp;
    static TestProject project;
    WikidataStandIn standIn;
    String dataBefore;

    @BeforeAll
    static void buildOnce() throws Exception {
        project = TestProject.copyOfRepository(tmp.resolve("project"));
        project.builder().build();
    }

    @BeforeEach
    void start() throws Exception {
        standIn = new WikidataStandIn();
        dataBefore = digest(project.layout().data());
    }

    @AfterEach
    void stop() throws Exception {
        standIn.close();
        assertEquals(dataBefore, digest(project.layout().data()), "reconcile must never write into data/");
    }

    KgCli.Run reconcile(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("wikidata", "reconcile", "--root", project.root.toString(),
                "--status-date", TestProject.STATUS_DATE.toString(), "--api", standIn.api().toString(),
                "--min-interval", "0", "--backoff", "1", "--out", out.toString()));
        args.addAll(List.of(extra));
        return KgCli.run(args.toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> entity(Map<String, Object> doc, String slug) {
        return ((List<Map<String, Object>>) doc.get("entities")).stream()
                .filter(e -> e.get("entity").toString().endsWith("/" + slug)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> candidates(Map<String, Object> doc, String slug) {
        return (List<Map<String, Object>>) entity(doc, slug).get("candidates");
    }

    @Test
    void suggestsCandidatesBySitelinkThenByLabelWithEvidence() throws Exception {
        Path out = tmp.resolve("suggestions.yaml");
        KgCli.Run r = reconcile(out);
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> doc = new Yaml().load(Files.readString(out));

        // By sitelink: the title recorded here finds the item.
        var newStart = candidates(doc, "new-start");
        assertEquals(1, newStart.size());
        assertEquals("Q900000001", newStart.get(0).get("qid"));
        String evidence = newStart.get(0).get("evidence").toString();
        assertTrue(evidence.contains("sitelink is 'New START'"), evidence);
        assertTrue(evidence.contains("P585 2010-04-08 agrees with our signed date 2010-04-08"), evidence);
        // The planted wrong entry-into-force date is evidence against, so the curator is warned.
        assertTrue(evidence.contains("P7588 2011-01-26 DIFFERS from our in force date 2011-02-05"), evidence);
        assertEquals("conflicting", newStart.get(0).get("confidence"));
        // A year-precision signing date agrees with ours at that precision.
        var inf = candidates(doc, "inf-treaty").get(0);
        assertEquals("Q900000004", inf.get("qid"));
        assertEquals("strong", inf.get("confidence"));
        assertTrue(inf.get("evidence").toString().contains("P585 1987 agrees with our signed date 1987-12-08"), inf.toString());

        // By label: the treaty is strong, the album of the same name is weak (not a treaty).
        var saltII = candidates(doc, "salt-ii");
        assertEquals(List.of("Q900000002", "Q900000003"), saltII.stream().map(c -> c.get("qid")).toList());
        assertEquals("strong", saltII.get(0).get("confidence"));
        assertTrue(saltII.get(0).get("evidence").toString().contains("instance of (P31) treaty (Q131569)"));
        assertTrue(saltII.get(1).get("evidence").toString().contains("not stated to be an instance of (P31) treaty"));
        // A date that contradicts ours makes a candidate conflicting, whatever its label.
        var pnet = candidates(doc, "pnet");
        assertEquals("conflicting", pnet.get(0).get("confidence"));
        assertTrue(pnet.get(0).get("evidence").toString().contains("DIFFERS from our signed date 1976-05-28"), pnet.toString());
        // Nothing found is an empty list, not an error.
        assertEquals(List.of(), candidates(doc, "start-ii"));
    }

    @Test
    void asksForAllSitelinksInOneBatchAndPolitely() {
        KgCli.Run r = reconcile(tmp.resolve("batch.yaml"));
        assertEquals(0, r.exit(), r.err());
        var byTitle = standIn.requests.stream().filter(q -> q.params().containsKey("titles")).toList();
        assertEquals(1, byTitle.size(), "all titles fit in one wbgetentities request (limit 50)");
        assertTrue(byTitle.get(0).params().get("titles").contains("New START|START I|START II"), byTitle.toString());
        assertEquals("enwiki", byTitle.get(0).params().get("sites"));
        standIn.requests.forEach(q -> assertTrue(q.userAgent().startsWith("ArmsControlKG/"), q.userAgent()));
    }

    @Test
    void rideOutA429AndA503() throws Exception {
        standIn.failNext(429, 1, "0");
        standIn.failNext(503, 1, null);
        Path out = tmp.resolve("retried.yaml");
        KgCli.Run r = reconcile(out);
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out).contains("Q900000001"));
    }

    @Test
    void aServiceThatStaysBusyIsAClearErrorAndWritesNothing() {
        standIn.failNext(503, 20, null);
        Path out = tmp.resolve("busy.yaml");
        KgCli.Run r = reconcile(out, "--max-attempts", "3");
        assertEquals(Kg.EXIT_REMOTE, r.exit());
        assertTrue(r.err().contains("answered HTTP 503 3 times; gave up") && r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMalformedAnswerIsAClearErrorAndWritesNothing() {
        standIn.answerNextWith("{\"entities\": {\"Q1\": [tru");
        Path out = tmp.resolve("malformed.yaml");
        KgCli.Run r = reconcile(out);
        assertEquals(Kg.EXIT_REMOTE, r.exit());
        assertTrue(r.err().contains("malformed response from http://127.0.0.1:") && r.err().contains("not JSON"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anAnswerOfTheWrongShapeIsMalformedToo() {
        standIn.answerNextWith("{\"success\": 1}");
        KgCli.Run r = reconcile(tmp.resolve("shape.yaml"));
        assertEquals(Kg.EXIT_REMOTE, r.exit());
        assertTrue(r.err().contains("malformed response") && r.err().contains("no 'entities' object"), r.err());
    }

    @Test
    void refusesToWriteSuggestionsIntoData() {
        KgCli.Run r = reconcile(project.layout().data().resolve("suggestions.yaml"));
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("is inside data/"), r.err());
        assertTrue(standIn.requests.isEmpty(), "nothing is asked when the output is refused");
    }

    /** A digest of every file's path and bytes under a folder. */
    static String digest(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(f).toString().getBytes());
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
