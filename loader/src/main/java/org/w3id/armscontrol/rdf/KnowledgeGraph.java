package org.w3id.armscontrol.rdf;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.vocab.AC;

/**
 * The three named graphs of a build (ontology, facts, derived), plus where each resource came
 * from in the input files.
 */
public record KnowledgeGraph(Graph ontology, Graph facts, Graph derived, Map<Node, Location> origins) {

    /** The named graphs only: what the dump holds. */
    public DatasetGraph namedGraphs() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ontology.find().forEachRemaining(t -> ds.add(AC.GRAPH_ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
        facts.find().forEachRemaining(t -> ds.add(AC.GRAPH_FACTS, t.getSubject(), t.getPredicate(), t.getObject()));
        derived.find().forEachRemaining(t -> ds.add(AC.GRAPH_DERIVED, t.getSubject(), t.getPredicate(), t.getObject()));
        return ds;
    }

    /** The union of the three graphs, as one graph (what validation looks at). */
    public Graph union() {
        Graph u = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(u::add);
        facts.find().forEachRemaining(u::add);
        derived.find().forEachRemaining(u::add);
        return u;
    }
}
