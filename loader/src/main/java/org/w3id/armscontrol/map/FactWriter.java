package org.w3id.armscontrol.map;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * The facts graph as the mappers write it, and where each resource was defined, so later
 * checks (SHACL, violation queries) can point at the right line too.
 */
final class FactWriter {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<Node, Location> origins = new HashMap<>();

    /** The IRI of a record's resource, remembered as defined where the record is. */
    Node subject(YamlRecord r, Kind kind, String id) {
        Node s = kind.node(id);
        origin(s, r.location());
        return s;
    }

    /** Remembers where a resource was defined; the first place wins. */
    void origin(Node resource, Location where) {
        origins.putIfAbsent(resource, where);
    }

    void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    /** The graph written so far: labels of records mapped earlier are read back from it. */
    Graph graph() { return graph; }

    Map<Node, Location> origins() { return origins; }
}
