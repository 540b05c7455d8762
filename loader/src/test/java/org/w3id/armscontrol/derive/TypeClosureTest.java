package org.w3id.armscontrol.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.vocab.AC;

/**
 * {@code ?x a C} answers for every superclass C of a resource's stated type, in the served
 * dataset of the real build, while the facts graph keeps only the stated types.
 */
class TypeClosureTest {
    static DatasetGraph ds;

    @BeforeAll
    static void build() {
        ds = SharedBuild.get().dump;
    }

    private static List<QuerySolution> select(String sparql) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(ds)).query(sparql).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static final String PREFIXES = """
            PREFIX ac:   <https://w3id.org/arms-control/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Every class the ontology names, as a class or as a superclass. */
    static Set<String> classes() {
        Set<String> out = new TreeSet<>();
        select(PREFIXES + """
                SELECT DISTINCT ?c { GRAPH <https://w3id.org/arms-control/graph/ontology> {
                  { ?c a owl:Class } UNION { ?x rdfs:subClassOf ?c } UNION { ?c rdfs:subClassOf ?x } }
                  FILTER(isIRI(?c)) }""").forEach(r -> out.add(r.getResource("c").getURI()));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyInstanceOfASubclassIsAnInstanceOfTheClass() {
        Set<String> classes = classes();
        assertTrue(classes.size() > 40, "the ontology's classes were not found: " + classes);
        return classes.stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            // Resources with a stated type below C (facts or derived) that do not answer ?x a C.
            List<QuerySolution> missing = select(PREFIXES + """
                    SELECT ?x ?t {
                      GRAPH ?g { ?x a ?t } FILTER(?g != <https://w3id.org/arms-control/graph/ontology>)
                      GRAPH <https://w3id.org/arms-control/graph/ontology> { ?t rdfs:subClassOf+ <%s> }
                      FILTER NOT EXISTS { ?x a <%s> }
                    } LIMIT 5""".formatted(c, c));
            assertEquals(List.of(), missing.stream().map(r -> r.get("x") + " a " + r.get("t")).toList(),
                    "resources whose type is a subclass of " + c + " but that do not answer ?x a <" + c + ">");
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Event", "TreatyEvent", "Suspension", "Provision", "Statement", "Actor", "Treaty", "Agreement"})
    void theIssuesClassesHaveInstances(String name) {
        assertFalse(select(PREFIXES + "SELECT ?x { ?x a ac:" + name + " } LIMIT 1").isEmpty(), "no ?x a ac:" + name);
    }

    @Test
    void theFactsGraphHoldsOneStatedTypePerEvent() {
        List<QuerySolution> rows = select(PREFIXES + """
                SELECT ?e (COUNT(?t) AS ?n) {
                  GRAPH <https://w3id.org/arms-control/graph/facts> { ?e a ?t ; ac:date ?d }
                  GRAPH <https://w3id.org/arms-control/graph/ontology> { ?t rdfs:subClassOf+ ac:Event }
                } GROUP BY ?e HAVING (COUNT(?t) != 1)""");
        assertEquals(List.of(), rows.stream().map(r -> r.get("e") + " has " + r.get("n") + " types").toList());
        assertFalse(select(PREFIXES + "SELECT ?e { GRAPH <https://w3id.org/arms-control/graph/derived> { ?e a ac:Event } } LIMIT 1").isEmpty(),
                "the derived graph holds no inferred ac:Event type");
    }

    @Test
    void theClosureFollowsChainsAndAddsNothingStated() {
        Node a = NodeFactory.createURI("urn:test:A"), b = NodeFactory.createURI("urn:test:B"),
                c = NodeFactory.createURI("urn:test:C"), x = NodeFactory.createURI("urn:test:x");
        Graph ontology = GraphFactory.createDefaultGraph();
        ontology.add(Triple.create(a, RDFS.Nodes.subClassOf, b));
        ontology.add(Triple.create(b, RDFS.Nodes.subClassOf, c));
        ontology.add(Triple.create(c, RDFS.Nodes.subClassOf, a)); // a cycle must not loop
        Graph facts = GraphFactory.createDefaultGraph();
        facts.add(Triple.create(x, RDF.Nodes.type, a));
        facts.add(Triple.create(x, RDF.Nodes.type, c));
        Graph derived = new Deriver(facts, ontology, LocalDate.of(2026, 1, 1)).derive();
        Graph expected = GraphFactory.createDefaultGraph();
        expected.add(Triple.create(x, RDF.Nodes.type, b));
        assertTrue(expected.isIsomorphicWith(derived), "derived: " + derived.find().toList());
        assertFalse(derived.contains(x, RDF.Nodes.type, AC.Event));
    }
}
