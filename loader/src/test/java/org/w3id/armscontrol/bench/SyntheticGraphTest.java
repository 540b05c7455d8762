package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Prov;

class SyntheticGraphTest {
    static DatasetGraph generate(long seed, int agreements) throws IOException {
        DatasetGraph ds = DatasetGraphFactory.create();
        new SyntheticGraph(seed, agreements, ontology(), TestProject.STATUS_DATE).write(ds::add);
        return ds;
    }

    static Graph ontology() throws IOException {
        return GrowthReport.ontology(TestProject.repository().resolve("ontology"));
    }

    @Test
    void theSameSeedGivesAnIsomorphicGraphAndAnotherSeedDoesNot() throws IOException {
        DatasetGraph a = generate(7, 120);
        DatasetGraph b = generate(7, 120);
        DatasetGraph c = generate(8, 120);
        for (Node g : new Node[] {AC.GRAPH_ONTOLOGY, AC.GRAPH_FACTS, AC.GRAPH_DERIVED}) {
            assertTrue(a.getGraph(g).size() > 0, "empty graph " + g);
            assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), "seed 7 twice differs in " + g);
        }
        assertEquals(Set.of(AC.GRAPH_ONTOLOGY, AC.GRAPH_FACTS, AC.GRAPH_DERIVED), Set.copyOf(iterate(a.listGraphNodes())),
                "the build's three named graphs, and no other");
        assertTrue(a.getDefaultGraph().isEmpty(), "like the dump, nothing in the default graph");
        assertFalse(a.getGraph(AC.GRAPH_FACTS).isIsomorphicWith(c.getGraph(AC.GRAPH_FACTS)), "the seed changes nothing");
    }

    @Test
    void aboutTenEventsPerAgreementAndEveryKindOfNodeTheRealBuildHas() throws IOException {
        SyntheticGraph g = new SyntheticGraph(3, 400, ontology(), TestProject.STATUS_DATE);
        DatasetGraph ds = DatasetGraphFactory.create();
        SyntheticGraph.Counts counts = g.write(ds::add);
        double perAgreement = (double) counts.events() / counts.agreements();
        assertTrue(perAgreement >= 8.5 && perAgreement <= 11.5, "events per agreement: " + perAgreement);
        assertEquals(org.apache.jena.atlas.iterator.Iter.count(ds.find()), counts.quads());

        Graph all = union(ds);
        long events = all.find(Node.ANY, RDF.Nodes.type, AC.Event).toList().size();
        assertEquals(counts.events(), events, "every event is an ac:Event (the derived superclass)");
        for (Node c : new Node[] {AC.Treaty, AC.State, AC.Participation, AC.Limit, AC.Claim, AC.ReferenceDocument,
                AC.Signing, AC.Ratification, AC.EntryIntoForce, AC.Suspension, AC.Resumption, AC.WithdrawalNotice,
                AC.WithdrawalEffective, AC.Expiry, AC.LimitsMet, AC.Proposal, AC.Extension}) {
            assertTrue(all.contains(Node.ANY, RDF.Nodes.type, c), "no " + c);
        }
        // Every event has a date, its day bounds (derived) and a claim with a quote from a source.
        all.find(Node.ANY, RDF.Nodes.type, AC.Event).mapWith(Triple::getSubject).forEachRemaining(e -> {
            assertTrue(ds.contains(AC.GRAPH_FACTS, e, AC.date, Node.ANY), e + " has no date");
            assertTrue(ds.contains(AC.GRAPH_DERIVED, e, AC.dateFrom, Node.ANY) && ds.contains(AC.GRAPH_DERIVED, e, AC.dateUntil, Node.ANY),
                    e + " has no day bounds");
            Node claim = all.find(e, Prov.wasDerivedFrom, Node.ANY).next().getObject();
            assertTrue(all.contains(claim, Prov.value, Node.ANY) && all.contains(claim, Prov.wasQuotedFrom, Node.ANY), claim + " has no quote or source");
        });
        // Month and year precision occur, as in the real data.
        Set<String> datatypes = new TreeSet<>();
        all.find(Node.ANY, AC.date, Node.ANY).forEachRemaining(t -> datatypes.add(t.getObject().getLiteralDatatypeURI()));
        assertEquals(Set.of("http://www.w3.org/2001/XMLSchema#date", "http://www.w3.org/2001/XMLSchema#gYearMonth",
                "http://www.w3.org/2001/XMLSchema#gYear"), datatypes);
        // The USSR's participations pass to Russia on the day of succession.
        assertTrue(all.contains(Node.ANY, AC.until, org.w3id.armscontrol.rdf.Literals.day(SyntheticGraph.SUCCESSION)));
    }

    @Test
    void everyPredicateAndClassIsTheOntologysOrOneTheRealBuildUses() throws IOException {
        Graph ontology = ontology();
        Graph real = union(SharedBuild.get().dump);
        Graph synthetic = union(generate(5, 150));
        Set<String> undefined = new TreeSet<>();
        synthetic.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!defined(ontology, p, true) && !real.contains(Node.ANY, p, Node.ANY)) undefined.add("predicate " + p);
            if (p.equals(RDF.Nodes.type) && !defined(ontology, t.getObject(), false)
                    && !real.contains(Node.ANY, RDF.Nodes.type, t.getObject())) undefined.add("class " + t.getObject());
        });
        assertEquals(Set.of(), undefined);
    }

    /** An ac: term must be declared by the ontology; another vocabulary's, used by the real build. */
    private static boolean defined(Graph ontology, Node term, boolean property) {
        if (!term.isURI() || !term.getURI().startsWith(AC.NS)) return false;
        if (property) {
            return ontology.contains(term, RDF.Nodes.type, OWL2.ObjectProperty.asNode())
                    || ontology.contains(term, RDF.Nodes.type, OWL2.DatatypeProperty.asNode())
                    || ontology.contains(term, RDF.Nodes.type, OWL2.AnnotationProperty.asNode());
        }
        return ontology.contains(term, RDF.Nodes.type, OWL2.Class.asNode()) || ontology.contains(term, RDFS.Nodes.subClassOf, Node.ANY)
                || ontology.contains(term, RDF.Nodes.type, OWL2.NamedIndividual.asNode());
    }

    private static Graph union(DatasetGraph ds) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static <T> java.util.List<T> iterate(java.util.Iterator<T> it) {
        java.util.List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

}
