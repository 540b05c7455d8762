package org.w3id.armscontrol.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.rdf.KnowledgeGraph;
import org.w3id.armscontrol.store.ServedDataset;
import org.w3id.armscontrol.vocab.AC;

/**
 * Every {@code *-violation.rq} returns no row on the real graph, and catches the broken data
 * planted in its fixture ({@code src/test/resources/violations/NAME.ttl}, whose first line
 * names the resource it must report). A rule without a failing example is itself a failure.
 */
class ViolationQueriesTest {
    static KnowledgeGraph kg;
    static ViolationQueries queries;

    @BeforeAll
    static void load() throws Exception {
        SharedBuild shared = SharedBuild.get();
        TestProject project = shared.project;
        kg = shared.graph();
        queries = ViolationQueries.load(project.layout().violationQueries());
    }

    static DatasetGraph served(Graph extraFacts) {
        DatasetGraph named = kg.namedGraphs();
        if (extraFacts != null) extraFacts.find().forEachRemaining(t -> named.add(AC.GRAPH_FACTS, t.getSubject(), t.getPredicate(), t.getObject()));
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ServedDataset.fill(ds, named);
        return ds;
    }

    static List<Node> reported(ViolationQueries.Named q, DatasetGraph ds) {
        List<Node> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(ds).query(q.query()).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> out.add(b.get("entity")));
        }
        return out;
    }

    @Test
    void thereAreViolationQueries() {
        assertTrue(queries.queries().size() >= 5, "expected the hygiene queries in queries/violations/");
    }

    @TestFactory
    Stream<DynamicTest> realGraphBreaksNoRule() {
        DatasetGraph ds = served(null);
        return queries.queries().stream().map(q -> DynamicTest.dynamicTest(q.name(),
                () -> assertEquals(List.of(), reported(q, ds), q.name() + " found violations in the real graph")));
    }

    @TestFactory
    Stream<DynamicTest> plantedViolationIsCaught() {
        return queries.queries().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Path fixture = TestProject.resource("violations/" + q.name() + ".ttl");
            String first = Files.readAllLines(fixture).get(0);
            assertTrue(first.startsWith("# expect: <"), "fixture must start with '# expect: <IRI>'");
            Node expected = AC.iri(first.substring("# expect: <".length(), first.length() - 1));
            List<Node> found = reported(q, served(RDFDataMgr.loadGraph(fixture.toString())));
            assertTrue(found.contains(expected), q.name() + " did not report " + expected + "; it reported " + found);
        }));
    }

    /** A rule broken by a resource is reported at the line of the record that made it. */
    @Test
    void violationIsReportedAtItsInputLine() throws Exception {
        Node treaty = AC.Kind.TREATY.node("new-start");
        var location = new Locator(kg, Map.of()).locate(treaty);
        List<String> lines = Files.readAllLines(TestProject.repository().resolve("data/new-start.yaml"));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("- id: new-start")) line = i + 1;
        }
        assertTrue(line > 0, "no '- id: new-start' line in data/new-start.yaml");
        assertEquals("data/new-start.yaml:" + line + ":" + (lines.get(line - 1).indexOf("id:") + 1), location.toString());
    }

    /** A rule that does not parse is a located problem, not a crash. */
    @Test
    void brokenRuleIsReportedAtItsLine(@TempDir Path other) throws Exception {
        TestProject project = TestProject.copyOfRepository(other);
        Files.writeString(project.file("queries/violations/broken-violation.rq"), "SELECT ?entity WHERE {\n  ?entity ?p\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.w3id.armscontrol.data.InvalidInputException.class,
                () -> project.pipeline().load());
        assertEquals(1, e.problems().size(), e.getMessage());
        var problem = e.problems().get(0);
        assertEquals("queries/violations/broken-violation.rq", problem.location().file());
        assertTrue(problem.location().line() >= 2, problem.toString());
        assertTrue(problem.message().startsWith("violation query does not parse"), problem.toString());
    }
}
