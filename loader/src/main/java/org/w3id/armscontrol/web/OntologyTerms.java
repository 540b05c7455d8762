package org.w3id.armscontrol.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.armscontrol.vocab.AC;

/** The terms the ontology graph defines, by kind, each kind sorted by IRI. */
record OntologyTerms(List<Node> classes, List<Node> objectProperties, List<Node> datatypeProperties,
                     List<Node> annotationProperties, List<Node> individuals, List<Node> concepts) {

    static OntologyTerms of(Graph ontology) {
        return new OntologyTerms(
                own(ontology, OWL2.Class.asNode()),
                own(ontology, OWL2.ObjectProperty.asNode()),
                own(ontology, OWL2.DatatypeProperty.asNode()),
                own(ontology, OWL2.AnnotationProperty.asNode()),
                own(ontology, OWL2.NamedIndividual.asNode()),
                instances(ontology, SKOS.Concept.asNode()));
    }

    /** The anchor of a term's section: its local name ({@code ac:Treaty} → {@code Treaty}, {@code category:icbm} → {@code icbm}). */
    static String anchor(Node term) {
        String iri = term.getURI();
        return iri.startsWith(AC.NS) ? iri.substring(AC.NS.length()) : iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** Instances of {@code type} in the ac: namespace. */
    private static List<Node> own(Graph g, Node type) {
        return instances(g, type).stream().filter(n -> n.getURI().startsWith(AC.NS)).toList();
    }

    private static List<Node> instances(Graph g, Node type) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> { if (t.getSubject().isURI()) out.add(t.getSubject()); });
        out.sort(Comparator.comparing(Node::getURI));
        return out.stream().distinct().toList();
    }
}
