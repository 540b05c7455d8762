package org.w3id.armscontrol.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.apache.jena.vocabulary.RDF;

/** The dated events of one treaty, read from the facts graph, with the queries derivation needs. */
final class TreatyEvents {
    record Ev(Node node, Set<Node> types, LocalDate day, List<Node> parties) {}

    private final List<Ev> events = new ArrayList<>();

    TreatyEvents(Graph facts, Node treaty) {
        facts.find(Node.ANY, AC.treaty, treaty).mapWith(Triple::getSubject).forEachRemaining(e -> {
            Optional<Node> date = facts.find(e, AC.date, Node.ANY).nextOptional().map(Triple::getObject);
            if (date.isEmpty() || !facts.contains(e, RDF.Nodes.type, Node.ANY)) return;
            Set<Node> types = Set.copyOf(facts.find(e, RDF.Nodes.type, Node.ANY).mapWith(Triple::getObject).toList());
            List<Node> parties = facts.find(e, AC.party, Node.ANY).mapWith(Triple::getObject).toList();
            events.add(new Ev(e, types, Literals.partialDate(date.get()).start(), parties));
        });
        // Earliest first, then by IRI, so every choice below is deterministic.
        events.sort(Comparator.comparing(Ev::day).thenComparing(ev -> ev.node().getURI()));
    }

    /** The earliest event of a type, optionally only those naming a party. */
    Optional<Ev> first(Node type, Node party) {
        return events.stream().filter(e -> e.types().contains(type))
                .filter(e -> party == null || e.parties().contains(party)).findFirst();
    }

    List<Ev> all(Node type) {
        return events.stream().filter(e -> e.types().contains(type)).toList();
    }

    /** Every state named by any event of the treaty, in a stable order. */
    List<Node> parties() {
        return events.stream().flatMap(e -> e.parties().stream()).distinct()
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }
}
