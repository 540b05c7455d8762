package org.w3id.armscontrol.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.rdf.KnowledgeGraph;
import org.w3id.armscontrol.vocab.AC;

/**
 * Every named SHACL shape in {@code ontology/shapes.ttl} has a fixture that must trip it, as every
 * violation query has: {@code src/test/resources/shapes/SHAPE.ttl}, whose first line names the
 * resource it must be reported on. The fixture is added to the real built graph, and all it
 * breaks is that one shape: a shape that no longer catches its fixture, or a new shape with no
 * fixture, fails the build.
 */
class ShapeFixturesTest {
    static KnowledgeGraph kg;
    static Graph shapesGraph;
    static ShapeValidation shapes;

    @BeforeAll
    static void load() throws Exception {
        SharedBuild shared = SharedBuild.get();
        TestProject project = shared.project;
        kg = shared.graph();
        shapesGraph = RDFDataMgr.loadGraph(project.layout().shapes().toString());
        shapes = new ShapeValidation(shapesGraph);
    }

    static Set<String> namedShapes() {
        return shapesGraph.find(Node.ANY, RDF.Nodes.type, SHACL.NodeShape).toList().stream().map(t -> t.getSubject())
                .filter(Node::isURI).map(Node::getLocalName).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(TestProject.resource("shapes"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl"))
                    .map(n -> n.substring(0, n.length() - ".ttl".length())).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyShapeHasAFixtureAndEveryFixtureAShape() throws Exception {
        assertTrue(namedShapes().size() >= 20, "expected the shapes of ontology/shapes.ttl, found " + namedShapes());
        assertEquals(namedShapes(), fixtures());
    }

    @Test
    void realGraphConformsToEveryShape() {
        ValidationReport report = shapes.validate(kg.union());
        assertEquals(List.of(), report.getEntries().stream().map(ReportEntry::toString).toList());
    }

    @TestFactory
    Stream<DynamicTest> fixtureTripsItsShapeAndOnlyIt() {
        return namedShapes().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path fixture = TestProject.resource("shapes/" + name + ".ttl");
            String first = Files.readAllLines(fixture).get(0);
            assertTrue(first.startsWith("# expect: <") && first.endsWith(">"), "fixture must start with '# expect: <IRI>'");
            Node expected = AC.iri(first.substring("# expect: <".length(), first.length() - 1));

            Graph data = GraphFactory.createDefaultGraph();
            kg.union().find().forEachRemaining(data::add);
            RDFDataMgr.read(data, fixture.toString());
            Collection<ReportEntry> entries = shapes.validate(data).getEntries();

            Set<String> from = entries.stream().map(e -> shapes.namedShape(e.source()).map(Node::getLocalName).orElse("?"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(name), from, "the fixture must break " + name + " and no other shape: " + entries);
            assertTrue(entries.stream().anyMatch(e -> e.focusNode().equals(expected)),
                    name + " did not report " + expected + "; it reported " + entries);
        }));
    }
}
