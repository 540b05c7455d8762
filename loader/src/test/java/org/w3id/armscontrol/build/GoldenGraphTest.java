package org.w3id.armscontrol.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.rdf.KnowledgeGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.w3id.armscontrol.vocab.Prov;

/**
 * Golden graphs, in the style of Wikidata Toolkit's wdtk-rdf tests: each case is a small input
 * ({@code golden/<case>/data/*.yaml}) and the facts and derived graphs it must give
 * ({@code expected-facts.ttl}, {@code expected-derived.ttl}), written by hand from the documented
 * rules and compared by isomorphism, not text.
 *
 * <ul>
 *   <li>bilateral-lifecycle: signing, entry into force, withdrawal notice and withdrawal taking
 *       effect (which ends a bilateral treaty), a limit, quotes from a test article;</li>
 *   <li>state-succession: a US–Soviet treaty whose Soviet participations are cut on 1991-12-26 and
 *       continued by the Russian Federation;</li>
 *   <li>partial-dates: year, month and day precision kept, half-open day bounds, end by term;</li>
 *   <li>multilateral-revocation: joining by ratification after entry into force; revoking a
 *       ratification ends the ratifier role only;</li>
 *   <li>multilateral-late-entry: a party joining after entry into force is a party from the
 *       entry into force naming it (30 days after its deposit), or else from its ratification; a
 *       suspension ends nothing; a withdrawal ends the state's roles, not the treaty;</li>
 *   <li>succession-withdrawal: a role the Russian Federation continues from the USSR ends with
 *       Russia's own withdrawal;</li>
 *   <li>correction: a corrected date and a corrected text, the article's words kept as claims;</li>
 *   <li>abandonment: a bilateral treaty never in force that one state gives up; its ratifier role
 *       ends as a revocation of ratification would end it, its signatory role stays;</li>
 *   <li>ratification-steps: each ratification says which legal step it is; the ratifier role
 *       starts at the earliest step, a late joiner's party role at its instrument's deposit;</li>
 *   <li>suspension-end: a suspension ends with the resumption naming it, or else with the
 *       treaty's end (or the suspending state's withdrawal: case multilateral-late-entry).</li>
 * </ul>
 */
class GoldenGraphTest {

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(PrefixMapping.Factory.create()
            .setNsPrefix("ac", AC.NS)
            .setNsPrefix("id", AC.ID)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("dcterms", DCTerms.NS));

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bilateral-lifecycle", "state-succession", "partial-dates", "multilateral-revocation", "multilateral-late-entry", "succession-withdrawal", "correction", "abandonment", "ratification-steps", "suspension-end"})
    void graphsMatchTheGoldenFiles(String name) throws Exception {
        Path golden = TestProject.resource("golden/" + name);
        KnowledgeGraph kg = TestProject.withData(tmp, golden.resolve("data")).pipeline().load();

        assertIsomorphic(name + "/expected-facts.ttl", read(golden.resolve("expected-facts.ttl")), kg.facts());
        assertIsomorphic(name + "/expected-derived.ttl", read(golden.resolve("expected-derived.ttl")), kg.derived());
    }

    private static Graph read(Path turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(turtle).parse(g);
        assertFalse(g.isEmpty(), turtle + " is empty");
        return g;
    }

    /** Isomorphism; on failure, the triples each side has that the other lacks. */
    static void assertIsomorphic(String what, Graph expected, Graph actual) {
        if (expected.isIsomorphicWith(actual)) return;
        String missing = difference(expected, actual);
        String unexpected = difference(actual, expected);
        fail(what + " is not isomorphic with the loaded graph.\n"
                + "--- expected, not loaded:\n" + missing + "\n+++ loaded, not expected:\n" + unexpected);
    }

    /** The triples of {@code a} not in {@code b}, sorted, one a line (exact when there are no blank nodes). */
    private static String difference(Graph a, Graph b) {
        List<String> lines = a.find().toList().stream().filter(t -> !b.contains(t))
                .map(GoldenGraphTest::format).sorted().toList();
        return lines.isEmpty() ? "  (none)" : lines.stream().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    private static String format(Triple t) {
        return str(t.getSubject()) + " " + str(t.getPredicate()) + " " + str(t.getObject()) + " .";
    }

    private static String str(Node n) {
        return NodeFmtLib.str(n, PREFIXES);
    }
}
