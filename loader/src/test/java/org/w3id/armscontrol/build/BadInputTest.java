package org.w3id.armscontrol.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.data.Problem;
import org.w3id.armscontrol.store.BuildStore;

/**
 * Bad input is refused with every problem at its exact {@code file:line:col}, and the build that
 * was current stays current, byte for byte: its pointer, its dump, its database.
 *
 * <p>The valid project is golden case bilateral-lifecycle (data/entities.yaml, data/treaty.yaml,
 * data/articles/test-article-bilateral.txt). Each test adds one broken file beside it; line and
 * column numbers in the expected messages are counted by hand from the text blocks (line 1 is the
 * first line of the block, column 1 its first character).
 */
class BadInputTest {
    private static final String TREATY = "https://w3id.org/arms-control/id/treaty/test-bilateral-treaty";

    @TempDir
    static Path tmp;

    private static TestProject project;
    private static Path currentBuild;
    private static String currentPointer;
    private static byte[] dumpBytes;
    private static long quadCount;
    private static Set<String> buildFolders;

    @BeforeAll
    static void buildOnce() throws Exception {
        project = TestProject.withData(tmp.resolve("project"), TestProject.resource("golden/bilateral-lifecycle/data"));
        currentBuild = project.builder().build();
        assertEquals(Optional.of(currentBuild), project.store().current());
        currentPointer = Files.readString(project.file("build/CURRENT"), StandardCharsets.UTF_8);
        dumpBytes = Files.readAllBytes(project.store().dump(currentBuild));
        quadCount = quadCount(project.store().database(currentBuild));
        buildFolders = buildFolders(project);
        assertTrue(quadCount > 0);
        assertEquals(Set.of(currentBuild.getFileName().toString()), buildFolders);
    }

    // ---- malformed YAML ----

    @Test
    void unclosedQuote() throws Exception {
        // The quoted scalar opened on line 5 runs to the end of the file: the scanner stops at the
        // end of the stream, line 6 column 1 (after the last line's newline).
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                    type: Talks
                    date: 2020-01-01
                    label: {en: "Bad talks, zh: 坏}
                """,
                "data/bad.yaml:6:1: malformed YAML: found unexpected end of stream (while scanning a quoted scalar started at 5:17)");
    }

    @Test
    void badIndentation() throws Exception {
        // "type" is indented deeper than "id", so it continues the plain scalar "bad-event"; the
        // ':' after it (line 3, column 10) cannot start a mapping value there.
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                     type: Talks
                """,
                "data/bad.yaml:3:10: malformed YAML: mapping values are not allowed here");
    }

    // ---- references, values, sources ----

    @Test
    void unknownReference() throws Exception {
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                    type: Signing
                    date: 2020-01-01
                    treaty: no-such-treaty
                    parties: [us]
                    label: {en: "Bad signing", zh: "坏的签署"}
                    sources:
                      - {source: test-treaty-text}
                """,
                "data/bad.yaml:5:13: field 'treaty': no treaty has id 'no-such-treaty'");
    }

    @Test
    void impossibleDate() throws Exception {
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                    type: Talks
                    date: 2023-02-30
                    parties: [us, ru]
                    label: {en: "Bad talks", zh: "坏的会谈"}
                    sources:
                      - {source: test-treaty-text}
                """,
                "data/bad.yaml:4:11: impossible date '2023-02-30'");
    }

    @Test
    void extensionEndsBeforeItsDate() throws Exception {
        assertRejected("bad.yaml", """
                events:
                  - id: bad-extension
                    type: Extension
                    date: 2015-01-01
                    treaty: test-bilateral-treaty
                    until: 2014-01-01
                    label: {en: "Bad extension", zh: "坏的延期"}
                    sources:
                      - {source: test-treaty-text}
                """,
                "data/bad.yaml:6:12: end before start: 'until' 2014-01-01 is not after the event's date 2015-01-01");
    }

    @Test
    void expiryBeforeEntryIntoForce() throws Exception {
        // The derived period [2010-01-01, 2005-01-01) ends before it starts: the hygiene query
        // interval-ends-before-start-violation reports it on the treaty, located at the treaty's
        // record (line 2, column 5: where the mapping after "  - " starts). SHACL (sh:lessThan)
        // may report the same treaty too; every problem must be at that record.
        InvalidInputException e = rejected("bad.yaml", """
                treaties:
                  - id: bad-treaty
                    label: {en: "Bad Treaty", zh: "坏条约"}
                    formalName: {en: "Bad Treaty"}
                    type: BilateralTreaty
                    wikidataUnreconciled: "test fixture"
                    sources:
                      - {source: test-treaty-text}

                events:
                  - id: bad-treaty-entry-into-force
                    type: EntryIntoForce
                    date: 2010-01-01
                    treaty: bad-treaty
                    label: {en: "Entry into force of the Bad Treaty", zh: "坏条约生效"}
                    sources:
                      - {source: test-treaty-text}
                  - id: bad-treaty-expiry
                    type: Expiry
                    date: 2005-01-01
                    treaty: bad-treaty
                    label: {en: "Expiry of the Bad Treaty", zh: "坏条约失效"}
                    sources:
                      - {source: test-treaty-text}
                """);
        List<String> problems = strings(e);
        assertTrue(problems.contains("data/bad.yaml:2:5: [interval-ends-before-start-violation] end before start: "
                + "treaty period ends 2005-01-01 but starts 2010-01-01 on <https://w3id.org/arms-control/id/treaty/bad-treaty>"),
                () -> String.join("\n", problems));
        for (String p : problems) assertTrue(p.startsWith("data/bad.yaml:2:5: "), p);
        assertPreviousBuildUntouched();
    }

    @Test
    void eventWithoutSources() throws Exception {
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                    type: Talks
                    date: 2020-01-01
                    parties: [us, ru]
                    label: {en: "Unsourced talks", zh: "无来源的会谈"}
                """,
                "data/bad.yaml:2:5: missing required field 'sources': every fact needs a source");
    }

    @Test
    void duplicateIdInAnotherFile() throws Exception {
        // Files are read in name order, so data/entities.yaml (line 4: "  - id: us") defines "us"
        // first and the later file's is the duplicate.
        assertRejected("zz-duplicate.yaml", """
                states:
                  - id: us
                    label: {en: "United States (again)", zh: "美国（重复）"}
                    wikidataUnreconciled: "test fixture"
                """,
                "data/zz-duplicate.yaml:2:9: duplicate id 'us' (first defined at data/entities.yaml:4:9)");
    }

    @Test
    void unknownField() throws Exception {
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                    type: Talks
                    dat: 2020-01-01
                    parties: [us, ru]
                    label: {en: "Bad talks", zh: "坏的会谈"}
                    sources:
                      - {source: test-treaty-text}
                """,
                "data/bad.yaml:4:5: unknown field 'dat' in events");
    }

    // ---- Wikidata links ----

    @Test
    void entityWithNeitherQidNorUnreconciledNote() throws Exception {
        assertRejected("bad.yaml", """
                people:
                  - id: test-nobody
                    label: {en: "Nobody", zh: "无名氏"}
                """,
                "data/bad.yaml:2:5: missing 'wikidata' (a verified QID) or 'wikidataUnreconciled' (why there is none yet)");
    }

    @Test
    void entityWithBothQidAndUnreconciledNote() throws Exception {
        assertRejected("bad.yaml", """
                people:
                  - id: test-both
                    label: {en: "Both", zh: "两者"}
                    wikidata: Q7747
                    wikidataVerifiedBy: "test fixture"
                    wikidataUnreconciled: "test fixture"
                """,
                "data/bad.yaml:6:27: an entity with a verified QID is not unreconciled: keep 'wikidata' or 'wikidataUnreconciled', not both");
    }

    @Test
    void malformedQidAndWikipediaTitle() throws Exception {
        assertRejected("bad.yaml", """
                people:
                  - id: test-bad-links
                    label: {en: "Bad links", zh: "坏链接"}
                    wikidata: Q0123
                    wikidataVerifiedBy: "test fixture"
                    enwiki: "https://en.wikipedia.org/wiki/Bad_links"
                    enwikiSeenIn: "test fixture"
                """,
                "data/bad.yaml:4:15: 'Q0123' is not a Wikidata QID (Q followed by digits)",
                "data/bad.yaml:6:13: 'https://en.wikipedia.org/wiki/Bad_links' is not a Wikipedia title (write it with spaces, without #<>[]{}|_ or a URL)");
    }

    @Test
    void wikipediaTitleWithoutWhereItWasSeen() throws Exception {
        assertRejected("bad.yaml", """
                people:
                  - id: test-unseen-title
                    label: {en: "Unseen", zh: "未见"}
                    wikidataUnreconciled: "test fixture"
                    enwiki: "Unseen"
                """,
                "data/bad.yaml:5:13: a Wikipedia title needs 'enwikiSeenIn': where it was seen");
    }

    @Test
    void unknownSection() throws Exception {
        assertRejected("bad.yaml", """
                treatys:
                  - id: bad-treaty
                    label: {en: "Bad Treaty", zh: "坏条约"}
                """,
                "data/bad.yaml:1:1: unknown section 'treatys' (known: sources, states, organisations, people, places, "
                        + "treaties, events, limits, provisions, estimates, corrections)");
    }

    @Test
    void quoteNotVerbatimInTheArticle() throws Exception {
        // The article says 2月2日, not 2月3日. Line 8: 6 spaces, "- {source: " (11 characters),
        // "test-article-bilateral" (22), ", quote: " (9): the quote's opening '"' is column 49.
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                    type: Talks
                    date: 2020-01-01
                    parties: [us, ru]
                    label: {en: "Misquoted talks", zh: "引文有误的会谈"}
                    sources:
                      - {source: test-article-bilateral, quote: "美国于2019年2月3日通知退出测试双边条约。"}
                """,
                "data/bad.yaml:8:49: quote not found verbatim in data/articles/test-article-bilateral.txt");
    }

    @Test
    void everyProblemIsReportedInFileOrder() throws Exception {
        assertRejected("bad.yaml", """
                events:
                  - id: bad-event
                    type: Signing
                    date: 2023-13
                    treaty: no-such-treaty
                    parties: [us, nowhere]
                    label: {en: "Bad signing", zh: "坏的签署"}
                    sources:
                      - {source: test-treaty-text}
                """,
                "data/bad.yaml:4:11: impossible date '2023-13'",
                "data/bad.yaml:5:13: field 'treaty': no treaty has id 'no-such-treaty'",
                "data/bad.yaml:6:19: field 'parties': no state has id 'nowhere'");
    }

    // ---- a build killed half-way ----

    @Test
    void aBuildKilledHalfWayLeavesThePreviousBuildCurrent(@TempDir Path own) throws Exception {
        TestProject p = TestProject.withData(own, TestProject.resource("golden/bilateral-lifecycle/data"));
        BuildStore store = p.store();
        Path first = p.builder().build();
        byte[] dump = Files.readAllBytes(store.dump(first));

        // What a killed process leaves: a new folder with half a dump and part of a database, and
        // possibly the pointer's temporary file naming it (written just before the atomic rename).
        Path stray = Files.createDirectory(first.getParent().resolve("build-killed"));
        Files.write(stray.resolve(BuildStore.DUMP), Arrays.copyOf(dump, dump.length / 2));
        Files.createDirectories(stray.resolve("tdb2").resolve("Data-0001"));
        Files.writeString(p.file("build/CURRENT.tmp"), "build-killed\n", StandardCharsets.UTF_8);
        // Killed after the first build finished, so its folder is the newest one (for a moment).
        Files.setLastModifiedTime(stray, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 1_000));
        Thread.sleep(1_100);

        assertEquals(Optional.of(first), store.current());
        assertArrayEquals(dump, Files.readAllBytes(store.dump(store.current().orElseThrow())));
        assertTrue(p.builder().isUpToDate(), "the stray folder must not make the current build stale");

        Path second = p.builder().build();
        assertNotEquals(first, second);
        assertNotEquals(stray, second);
        assertEquals(Optional.of(second), store.current());
        assertArrayEquals(dump, Files.readAllBytes(store.dump(second)), "same inputs, same dump");
        // The build that was current before is kept: a running server may still have it open.
        assertTrue(Files.isRegularFile(store.dump(first)), "the previous build was pruned");
        assertEquals(quadCount(store.database(first)), quadCount(store.database(second)));

        Path third = p.builder().build();
        assertEquals(Optional.of(third), store.current());
        assertFalse(Files.exists(stray), "the killed build's folder was not pruned");
        assertEquals(Set.of(third.getFileName().toString(), second.getFileName().toString()), buildFolders(p));
    }

    // ---- helpers ----

    private static void assertRejected(String fileName, String yaml, String... expected) throws Exception {
        InvalidInputException e = rejected(fileName, yaml);
        assertEquals(List.of(expected), strings(e), "problems reported");
        assertPreviousBuildUntouched();
    }

    /** Writes the broken file, builds, and removes the file again; the build must fail. */
    private static InvalidInputException rejected(String fileName, String yaml) throws IOException {
        Path bad = project.file("data/" + fileName);
        Files.writeString(bad, yaml, StandardCharsets.UTF_8);
        try {
            return assertThrows(InvalidInputException.class, () -> project.builder().build());
        } finally {
            Files.delete(bad);
        }
    }

    private static List<String> strings(InvalidInputException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static void assertPreviousBuildUntouched() throws IOException {
        assertEquals(currentPointer, Files.readString(project.file("build/CURRENT"), StandardCharsets.UTF_8), "CURRENT pointer");
        assertEquals(Optional.of(currentBuild), project.store().current());
        assertArrayEquals(dumpBytes, Files.readAllBytes(project.store().dump(currentBuild)), "dump bytes");
        assertEquals(buildFolders, buildFolders(project), "a failed build left a folder in build/builds/");
        try (Stream<Path> s = Files.list(project.file("build"))) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "a failed build left a temporary pointer file");
        }
        Path database = project.store().database(currentBuild);
        assertEquals(quadCount, quadCount(database), "quads in the database");
        DatasetGraph db = BuildStore.openDatabase(database);
        try {
            boolean answers = Txn.calculateRead(db, () -> QueryExec.dataset(db)
                    .query("ASK { <" + TREATY + "> <https://w3id.org/arms-control/ontology#inForceFrom> ?d }").ask());
            assertTrue(answers, "the database no longer answers");
        } finally {
            TDBInternal.expel(db);
        }
    }

    private static long quadCount(Path database) {
        DatasetGraph db = BuildStore.openDatabase(database);
        try {
            return Txn.calculateRead(db, () -> Iter.count(db.find()));
        } finally {
            TDBInternal.expel(db);
        }
    }

    private static Set<String> buildFolders(TestProject p) throws IOException {
        try (Stream<Path> s = Files.list(p.file("build/builds"))) {
            return s.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
