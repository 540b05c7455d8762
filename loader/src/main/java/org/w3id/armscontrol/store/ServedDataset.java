package org.w3id.armscontrol.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The shape of the dataset as served: the named graphs, and their union copied into the
 * default graph. A copy, rather than an engine setting, so that the union is the default graph
 * for every engine, wrapper and protocol (SPARQL, Graph Store, in-memory or TDB2) alike.
 */
public final class ServedDataset {
    private ServedDataset() {}

    /** Copies every named-graph triple of {@code named} into {@code target}'s graphs and its default graph. */
    public static void fill(DatasetGraph target, DatasetGraph named) {
        Txn.executeWrite(target, () -> {
            named.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.isDefaultGraph()) return;
                target.add(q);
                target.add(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject());
            });
        });
    }
}
