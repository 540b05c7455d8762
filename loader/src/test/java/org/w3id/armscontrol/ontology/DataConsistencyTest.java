package org.w3id.armscontrol.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;

/**
 * The ontology and the built data together, checked by a DL reasoner (see {@link DataReasoner}):
 * no property is used against its domain or range. Each fixture in
 * {@code src/test/resources/reasoner/} adds one such misuse to the real graph, and must be found;
 * its first line says how ({@code # expect: inconsistent} or {@code # expect: misused}).
 */
class DataConsistencyTest {
    static Graph union;

    @BeforeAll
    static void build() throws Exception {
        union = SharedBuild.get().graph().union();
    }

    @Test
    void builtGraphAgreesWithTheOntology() throws Exception {
        assertEquals(List.of(), DataReasoner.problems(union));
    }

    @TestFactory
    Stream<DynamicTest> everyMisuseIsFound() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(TestProject.resource("reasoner"))) {
            fixtures = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 5, "expected the fixtures in src/test/resources/reasoner/");
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            String first = Files.readAllLines(fixture).get(0);
            assertTrue(first.startsWith("# expect: "), "fixture must start with '# expect: KIND'");
            String kind = first.substring("# expect: ".length());
            Graph data = GraphFactory.createDefaultGraph();
            union.find().forEachRemaining(data::add);
            RDFDataMgr.read(data, fixture.toString());
            List<String> problems = DataReasoner.problems(data);
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(kind + ":")), "expected '" + kind + "', found " + problems);
        }));
    }
}
