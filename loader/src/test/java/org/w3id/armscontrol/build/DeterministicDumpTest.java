package org.w3id.armscontrol.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.rdf.KnowledgeGraph;

/**
 * The dump is canonical: the same inputs built twice, in two different folders, give the same
 * bytes; its lines are sorted; it has no blank nodes; and it holds exactly the three named graphs
 * of the knowledge graph.
 */
class DeterministicDumpTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bilateral-lifecycle", "state-succession", "partial-dates", "multilateral-revocation", "correction"})
    void sameInputsGiveTheSameDump(String name) throws Exception {
        Path data = TestProject.resource("golden/" + name + "/data");
        TestProject a = TestProject.withData(tmp.resolve("a"), data);
        TestProject b = TestProject.withData(tmp.resolve("elsewhere/b"), data);
        Path dumpA = a.store().dump(a.builder().build());
        Path dumpB = b.store().dump(b.builder().build());

        assertEquals(-1L, Files.mismatch(dumpA, dumpB), "the two dumps differ");

        List<String> lines = Files.readAllLines(dumpA, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty());
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i - 1).compareTo(lines.get(i)) <= 0,
                    "not sorted at line " + (i + 1) + ":\n" + lines.get(i - 1) + "\n" + lines.get(i));
        }
        for (String line : lines) assertFalse(line.isBlank(), "blank line in the dump");

        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        RDFParser.source(dumpA).lang(Lang.NQUADS).parse(dump);
        assertEquals(lines.size(), dump.stream().count(), "every line is one distinct quad");
        dump.stream().forEach(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                assertFalse(n.isBlank(), "blank node in the dump: " + q);
            }
            assertFalse(q.isDefaultGraph(), "a default-graph quad in the dump: " + q);
        });

        KnowledgeGraph kg = a.pipeline().load();
        assertEquals(Set.of(AC.GRAPH_ONTOLOGY, AC.GRAPH_FACTS, AC.GRAPH_DERIVED), Set.copyOf(Iter.toList(dump.listGraphNodes())));
        assertIsomorphic("ontology", kg.ontology(), dump.getGraph(AC.GRAPH_ONTOLOGY));
        assertIsomorphic("facts", kg.facts(), dump.getGraph(AC.GRAPH_FACTS));
        assertIsomorphic("derived", kg.derived(), dump.getGraph(AC.GRAPH_DERIVED));
    }

    private static void assertIsomorphic(String what, Graph expected, Graph fromDump) {
        assertEquals(expected.size(), fromDump.size(), what + ": number of triples");
        assertTrue(expected.isIsomorphicWith(fromDump), what + " graph read back from the dump is not the loaded one");
    }
}
