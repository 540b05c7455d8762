package org.w3id.armscontrol.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * The {@code declarations} section: a number a state itself gave under a treaty (a New START
 * aggregate number), as of a date. Unlike an estimate it is exact and has no estimator: the
 * declaring state is the party.
 */
final class DeclarationMapper {
    private final FactWriter out;
    private final IdIndex index;
    private final Labels labels;
    private final Claims claims;

    DeclarationMapper(FactWriter out, IdIndex index, Labels labels, Claims claims) {
        this.out = out;
        this.index = index;
        this.labels = labels;
        this.claims = claims;
    }

    void map(YamlRecord r, String id) {
        Node s = out.subject(r, Kind.DECLARATION, id);
        out.add(s, RDF.Nodes.type, AC.Declaration);
        index.ref(r, "treaty", true, Kind.TREATY).ifPresent(t -> out.add(s, AC.treaty, t));
        WeaponCount count = WeaponCount.map(r, s, out, index);
        index.ref(r, "countsAgainst", false, Kind.LIMIT).ifPresent(l -> out.add(s, AC.countsAgainst, l));
        labels.descriptions(r, s);
        labels.givenOrMade(r, s, lang -> lang.equals("zh")
                ? "申报：" + WeaponCount.partyAndCategory(r, labels, lang) + "，" + count.number() + "（截至" + count.when() + "）"
                : "Declared: " + WeaponCount.partyAndCategory(r, labels, lang) + ", " + count.number() + " (as of " + count.when() + ")");
        claims.sources(r, id, s);
    }
}
