package org.w3id.armscontrol.map;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.PartialDate;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
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
        index.ref(r, "party", true, Kind.PARTY).ifPresent(p -> out.add(s, AC.party, p));
        index.ref(r, "category", true, Kind.CATEGORY).ifPresent(c -> out.add(s, AC.category, c));
        Optional<Long> value = r.wholeNumber("value", true);
        value.ifPresent(v -> out.add(s, AC.value, Literals.integer(v)));
        Optional<PartialDate> asOf = r.date("asOf", true);
        asOf.ifPresent(d -> out.add(s, AC.asOf, Literals.date(d)));
        index.ref(r, "countsAgainst", false, Kind.LIMIT).ifPresent(l -> out.add(s, AC.countsAgainst, l));
        labels.descriptions(r, s);
        labels.givenOrMade(r, s, lang -> {
            String party = r.string("party", false).flatMap(p -> labels.of(p, lang)).orElse("?");
            String cat = r.string("category", false).flatMap(c -> labels.of(c, lang)).orElse("?");
            String when = asOf.map(PartialDate::lexical).orElse("?");
            String n = value.map(String::valueOf).orElse("?");
            return lang.equals("zh") ? "申报：" + party + "，" + cat + "，" + n + "（截至" + when + "）"
                    : "Declared: " + party + ", " + cat + ", " + n + " (as of " + when + ")";
        });
        claims.sources(r, id, s);
    }
}
