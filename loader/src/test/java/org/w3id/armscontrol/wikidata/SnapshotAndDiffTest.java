package org.w3id.armscontrol.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.KgCli;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.cli.Kg;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Pav;

/**
 * {@code ./kg wikidata snapshot} then {@code ./kg wikidata diff}, end to end: a copy of the real
 * project in which New START and the INF Treaty are linked to the stand-in's fixture items, the
 * snapshot fetched from the stand-in, and the diff expected to find exactly the planted
 * disagreements (and not the facts that agree).
 */
class SnapshotAndDiffTest {
    static final String TREATY_UNRECONCILED =
            "    wikidataUnreconciled: \"No citable source confirmed a QID: the reference notes list none as verified, and FB15K entity2wikidata has no treaty items.\"";

    @TempDir static Path tmp;
    static TestProject project;
    static WikidataStandIn standIn;
    static KgCli.Run snapshot;
    static KgCli.Run diff;
    static List<List<String>> csv;

    @BeforeAll
    static void snapshotThenDiff() throws Exception {
        project = TestProject.copyOfRepository(tmp.resolve("project"));
        link("new-start.yaml", "Q900000001");
        link("inf-treaty.yaml", "Q900000004");
        standIn = new WikidataStandIn();
        snapshot = KgCli.run("wikidata", "snapshot", "--root", project.root.toString(), "--status-date",
                TestProject.STATUS_DATE.toString(), "--api", standIn.api().toString(), "--min-interval", "0");
        diff = KgCli.run("wikidata", "diff", "--root", project.root.toString(), "--status-date",
                TestProject.STATUS_DATE.toString(), "--retrieved", "2026-11-22");
        csv = new ArrayList<>();
        for (String line : Files.readAllLines(project.layout().wikidataReports().resolve(DiffReports.CSV))) {
            csv.add(List.of(line.split(",", -1)));
        }
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    /** Links a treaty to a fixture item, as a curator would after review. */
    static void link(String file, String qid) throws Exception {
        Path f = project.layout().data().resolve(file);
        String text = Files.readString(f);
        assertTrue(text.contains(TREATY_UNRECONCILED), file);
        Files.writeString(f, text.replace(TREATY_UNRECONCILED,
                "    wikidata: " + qid + "\n    wikidataVerifiedBy: \"test fixture (WikidataStandIn)\""));
    }

    @Test
    void theSnapshotHoldsTheLinkedItemsInWikidatasVocabulary() throws Exception {
        assertEquals(0, snapshot.exit(), snapshot.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(project.layout().wikidataSnapshot()).parse(g);
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(TestProject.resource("wikidata/expected-snapshot.ttl")).parse(expected);
        // The retrieval day is today's; it is checked apart, and compared without.
        List<org.apache.jena.graph.Triple> days = g.find(Node.ANY, Pav.retrievedOn, Node.ANY).toList();
        assertFalse(days.isEmpty());
        days.forEach(t -> assertEquals(LocalDate.now().toString(), t.getObject().getLiteralLexicalForm()));
        days.forEach(g::delete);
        List<org.apache.jena.graph.Triple> from = g.find(Node.ANY, Pav.retrievedFrom, Node.ANY).toList();
        from.forEach(t -> assertEquals(standIn.api().toString(), t.getObject().getURI()));
        from.forEach(g::delete);
        assertTrue(expected.isIsomorphicWith(g), "snapshot differs from wikidata/expected-snapshot.ttl");
        // Items the graph links to but Wikidata does not know are reported, not invented.
        assertTrue(snapshot.err().contains("Wikidata does not know (or has deleted/merged): ") && snapshot.err().contains("Q148"),
                snapshot.err());
        assertFalse(snapshot.err().contains("Q30,") || snapshot.err().contains("Q900000001"), snapshot.err());
    }

    static Set<String> rows(String kind) {
        return csv.stream().filter(r -> r.get(0).equals(kind))
                .map(r -> r.get(1).replace(AC.ID, "") + " " + r.get(3) + " " + r.get(4) + " | " + r.get(5))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void findsThePlantedDateDisagreementsAndOnlyThose() {
        assertEquals(0, diff.exit(), diff.err());
        assertEquals(Set.of(
                "treaty/inf-treaty P7588 1988-06-01 | ",                 // Wikidata lacks entry into force
                "treaty/new-start P576 2026-02-05 | ",                  // Wikidata lacks the expiry
                "treaty/new-start P7588 2011-02-05 | 2011-01-26T00:00:00Z"), // planted wrong date
                rows("treaty-dates"));
        // Not reported: INF signed (1987 at year precision agrees), INF ended (a deprecated rival is ignored),
        // New START signed (agrees).
    }

    @Test
    void findsSignatoriesMissingOnEitherSide() {
        assertEquals(Set.of("treaty/new-start P1891 Q159 | "), rows("signatories"));
        assertEquals(Set.of("treaty/new-start P1891  | Q148"), rows("signatories-only-in-wikidata"));
    }

    @Test
    void findsTheWithdrawalWikidataDoesNotRecord() {
        assertEquals(Set.of("treaty/inf-treaty withdrawal Q30 | "), rows("withdrawals"));
    }

    @Test
    void findsLabelAndSitelinkDifferences() {
        Set<String> labels = rows("labels");
        assertTrue(labels.contains("party/ru label@ru Российская Федерация | "), labels.toString());
        assertTrue(labels.contains("party/us label@en United States of America | United States"), labels.toString());
        assertTrue(labels.contains("treaty/new-start label@ru СНВ-III | "), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.startsWith("party/us label@zh")), "equal labels are not differences");
        assertEquals(Set.of("party/ru enwiki Russia | Russian Federation"), rows("sitelinks"));
        assertTrue(rows("not-in-snapshot").contains("party/cn snapshot  | "), rows("not-in-snapshot").toString());
    }

    @Test
    void writesQuickStatementsWithReferencesForFactsWikidataLacks() throws Exception {
        List<String> lines = Files.readAllLines(project.layout().wikidataReports().resolve(DiffReports.QUICKSTATEMENTS));
        String retrieved = "\tS813\t+2026-11-22T00:00:00Z/11";
        assertEquals(6, lines.size(), String.join("\n", lines));
        // Russia's ratification of New START (its earliest step, the State Duma's vote of 2011-01-25),
        // which Wikidata's stand-in lacks.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q900000001\tP6193\tQ159\tP585\t+2011-01-25T00:00:00Z/11\tS854\t\"http")
                && l.endsWith(retrieved)), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q900000001\tP6193\tQ30\tP585\t+2010-12-22T00:00:00Z/11\tS854\t\"http")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q900000001\tP576\t+2026-02-05T00:00:00Z/11\tS854\t\"http")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q900000001\tP1891\tQ159\tP585\t+2010-04-08T00:00:00Z/11\tS854\t\"http")
                && l.endsWith(retrieved)), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q900000004\tP6193\tQ30\tP582\t+2019-08-02T00:00:00Z/11\tS854\t\"http")
                && l.endsWith(retrieved)), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q900000004\tP7588\t+1988-06-01T00:00:00Z/11\tS854\t\"http")),
                String.join("\n", lines));
        // A date that differs is for a human to settle, not a line to submit.
        assertFalse(lines.stream().anyMatch(l -> l.contains("2011-02-05")), String.join("\n", lines));
    }

    @Test
    void writesAMarkdownReport() throws Exception {
        String md = Files.readString(project.layout().wikidataReports().resolve(DiffReports.MARKDOWN));
        assertTrue(md.startsWith("# Where this graph and Wikidata disagree"), md);
        assertTrue(md.contains("## treaty-dates (3)"), md);
        assertTrue(md.contains("| https://w3id.org/arms-control/id/treaty/new-start | Q900000001 | P7588 | 2011-02-05 | 2011-01-26T00:00:00Z | date entered into force differs |"), md);
    }

    @Test
    void aMissingSnapshotIsAClearError() {
        KgCli.Run r = KgCli.run("wikidata", "diff", "--root", project.root.toString(), "--snapshot",
                tmp.resolve("no-such.ttl").toString());
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("no Wikidata snapshot at") && r.err().contains("./kg wikidata snapshot"), r.err());
    }
}
