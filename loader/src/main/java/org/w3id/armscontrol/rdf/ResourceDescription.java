package org.w3id.armscontrol.rdf;

import java.util.Collection;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * What {@code DESCRIBE} answers here: a resource's own triples, and the nodes that point to it
 * with their own triples, so a treaty comes with its events, limits, participations and the
 * claims about it, not only with what it says itself. A class is not described by its
 * instances: a node that points to the resource only by {@code rdf:type} gives that one triple.
 */
public final class ResourceDescription {
    private ResourceDescription() {}

    /** The description of each resource, from the graph (read inside a transaction), with the project's prefixes. */
    public static Graph of(Graph source, Collection<Node> resources) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.MAP.getMapping());
        for (Node r : resources) {
            if (!r.isURI() && !r.isBlank()) continue; // a literal has no description
            source.find(r, Node.ANY, Node.ANY).forEachRemaining(out::add);
            for (Triple in : source.find(Node.ANY, Node.ANY, r).toList()) {
                out.add(in);
                if (!in.getPredicate().equals(RDF.Nodes.type)) source.find(in.getSubject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
            }
        }
        return out;
    }
}
