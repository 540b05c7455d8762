package org.w3id.armscontrol.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * The {@code states}, {@code organisations}, {@code people} and {@code places} sections:
 * named things with labels and links to Wikidata. Treaties are entities too.
 */
final class EntityMapper {
    private final FactWriter out;
    private final IdIndex index;
    private final Labels labels;
    private final WikidataLinks links;

    EntityMapper(FactWriter out, IdIndex index, Labels labels, WikidataLinks links) {
        this.out = out;
        this.index = index;
        this.labels = labels;
        this.links = links;
    }

    Node map(YamlRecord r, String id, Kind kind, Node type) {
        Node s = out.subject(r, kind, id);
        out.add(s, RDF.Nodes.type, type);
        labels.given(r, s, true);
        labels.descriptions(r, s);
        links.item(r, s);
        links.sitelink(r, s);
        return s;
    }

    void place(YamlRecord r, String id) {
        Node s = map(r, id, Kind.PLACE, AC.Place);
        index.ref(r, "country", false, Kind.PARTY).ifPresent(c -> out.add(s, AC.country, c));
    }
}
