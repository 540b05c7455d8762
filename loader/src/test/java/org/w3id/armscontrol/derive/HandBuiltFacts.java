package org.w3id.armscontrol.derive;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * A facts graph written by hand for the Deriver's tests (treaties and dated events, as the mapper
 * would write them), and the derived roles read back as short strings such as
 * {@code "party 1991-12-26 2019-08-02"}.
 */
final class HandBuiltFacts {
    final Graph graph = GraphFactory.createDefaultGraph();

    void treaty(Node t, Node type) {
        graph.add(Triple.create(t, RDF.Nodes.type, type));
        graph.add(Triple.create(t, RDF.Nodes.type, AC.Agreement));
    }

    Node event(String id, Node type, Node treaty, String day, Node... parties) {
        Node e = Kind.EVENT.node(id);
        graph.add(Triple.create(e, RDF.Nodes.type, type));
        if (treaty != null) graph.add(Triple.create(e, AC.treaty, treaty));
        graph.add(Triple.create(e, AC.date, Literals.day(LocalDate.parse(day))));
        for (Node p : parties) graph.add(Triple.create(e, AC.party, p));
        return e;
    }

    Graph derive() {
        return new Deriver(graph, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 1, 1)).derive();
    }

    /** "party 1991-12-26 2019-08-02" for each derived participation of the party in the treaty. */
    static Set<String> roles(Graph derived, Node treaty, Node party) {
        Set<String> out = new TreeSet<>();
        for (Node p : derived.find(Node.ANY, AC.party, party).mapWith(Triple::getSubject).toList()) {
            if (!derived.contains(p, AC.treaty, treaty) || !derived.contains(p, RDF.Nodes.type, AC.Participation)) continue;
            Node role = one(derived, p, AC.role);
            String r = role.equals(AC.PartyRole) ? "party" : role.equals(AC.SignatoryRole) ? "signatory" : "ratifier";
            Node until = derived.find(p, AC.until, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            out.add(r + " " + one(derived, p, AC.from).getLiteralLexicalForm() + " "
                    + (until == null ? "open" : until.getLiteralLexicalForm()));
        }
        return out;
    }

    static Set<Node> parties(Graph derived, Node treaty) {
        return Set.copyOf(derived.find(treaty, AC.hasParty, Node.ANY).mapWith(Triple::getObject).toList());
    }

    private static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }
}
