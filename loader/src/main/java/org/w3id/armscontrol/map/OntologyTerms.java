package org.w3id.armscontrol.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.armscontrol.vocab.AC;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the loader needs to know from the ontology: which event classes exist (so event types
 * are data, not code), which weapon categories exist, and their labels.
 */
public final class OntologyTerms {
    private final Graph ontology;
    private final Map<String, Node> eventTypes = new TreeMap<>();
    private final Set<Node> treatyEventTypes = new HashSet<>();
    private final Map<String, Node> categories = new TreeMap<>();

    public OntologyTerms(Graph ontology) {
        this.ontology = ontology;
        for (Node c : subClassesOf(AC.Event)) {
            if (c.isURI() && c.getURI().startsWith(AC.NS)) eventTypes.put(c.getLocalName(), c);
        }
        treatyEventTypes.addAll(subClassesOf(AC.TreatyEvent));
        String prefix = AC.Kind.CATEGORY.iri("");
        ontology.find(Node.ANY, SKOS.inScheme.asNode(), AC.WeaponCategoryScheme).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
                categories.put(t.getSubject().getURI().substring(prefix.length()), t.getSubject());
            }
        });
    }

    /** All classes below {@code top} (inclusive), following rdfs:subClassOf transitively. */
    public Set<Node> subClassesOf(Node top) {
        Set<Node> seen = new HashSet<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(top);
        while (!todo.isEmpty()) {
            Node c = todo.poll();
            if (!seen.add(c)) continue;
            ontology.find(Node.ANY, RDFS.Nodes.subClassOf, c).mapWith(Triple::getSubject).forEachRemaining(todo::add);
        }
        return seen;
    }

    public Map<String, Node> eventTypes() { return eventTypes; }

    public boolean isTreatyEvent(Node type) { return treatyEventTypes.contains(type); }

    public Map<String, Node> categories() { return categories; }

    /** The label of an ontology term or concept in a language, trying rdfs:label then skos:prefLabel. */
    public Optional<String> label(Node term, String lang) {
        for (Node p : new Node[] {RDFS.Nodes.label, SKOS.prefLabel.asNode()}) {
            Optional<String> l = ontology.find(term, p, Node.ANY).toList().stream()
                    .map(Triple::getObject)
                    .filter(o -> o.isLiteral() && lang.equals(o.getLiteralLanguage()))
                    .map(Node::getLiteralLexicalForm).findFirst();
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }

    public static Map<String, Node> byLocalName(Set<Node> nodes) {
        Map<String, Node> m = new HashMap<>();
        nodes.forEach(n -> m.put(n.getLocalName(), n));
        return m;
    }
}
