package org.w3id.armscontrol.derive;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The rdfs:subClassOf closure of rdf:type: for each typed resource, the superclasses of its
 * types that are not stated already. So {@code ?e a ac:Event} finds a signing, while the facts
 * graph keeps only the type the data states (a query wanting the most specific type reads it there).
 */
public final class TypeClosure {
    private final Graph ontology;
    private final Map<Node, Set<Node>> superclasses = new HashMap<>();

    public TypeClosure(Graph ontology) {
        this.ontology = ontology;
    }

    /** Adds to {@code out} every inferred type of the resources typed in {@code typed}, unless {@code typed} holds it. */
    public void addTo(Graph typed, Graph out) {
        for (Triple t : typed.find(Node.ANY, RDF.Nodes.type, Node.ANY).toList()) {
            for (Node c : superclassesOf(t.getObject())) {
                if (!typed.contains(t.getSubject(), RDF.Nodes.type, c)) out.add(Triple.create(t.getSubject(), RDF.Nodes.type, c));
            }
        }
    }

    /** The strict superclasses of a class (named ones only), following rdfs:subClassOf transitively. */
    private Set<Node> superclassesOf(Node c) {
        return superclasses.computeIfAbsent(c, k -> {
            Set<Node> seen = new LinkedHashSet<>();
            ArrayDeque<Node> todo = new ArrayDeque<>();
            todo.add(k);
            while (!todo.isEmpty()) {
                ontology.find(todo.poll(), RDFS.Nodes.subClassOf, Node.ANY).mapWith(Triple::getObject)
                        .filterKeep(Node::isURI).filterKeep(s -> !s.equals(k) && seen.add(s)).forEachRemaining(todo::add);
            }
            return seen;
        });
    }
}
