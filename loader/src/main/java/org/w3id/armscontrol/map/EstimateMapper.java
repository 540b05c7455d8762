package org.w3id.armscontrol.map;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.PartialDate;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/** The {@code estimates} section: someone's count of a state's weapons in a category, as of a date. */
final class EstimateMapper {
    /** The qualifiers a data file may write, and the ontology's individuals for them. */
    private static final Map<String, Node> QUALIFIERS = Map.of(
            "exactly", AC.Exactly, "about", AC.Approximately, "moreThan", AC.MoreThan, "atLeast", AC.AtLeast);

    private final FactWriter out;
    private final IdIndex index;
    private final Labels labels;
    private final Claims claims;

    EstimateMapper(FactWriter out, IdIndex index, Labels labels, Claims claims) {
        this.out = out;
        this.index = index;
        this.labels = labels;
        this.claims = claims;
    }

    void map(YamlRecord r, String id) {
        Node s = out.subject(r, Kind.ESTIMATE, id);
        out.add(s, RDF.Nodes.type, AC.Estimate);
        WeaponCount count = WeaponCount.map(r, s, out, index);
        Optional<PartialDate> asOf = count.asOf();
        String q = r.string("qualifier", false).orElse("exactly");
        if (QUALIFIERS.containsKey(q)) out.add(s, AC.qualifier, QUALIFIERS.get(q));
        else r.problem("qualifier", "qualifier must be exactly, about, moreThan or atLeast, not '" + q + "'");
        r.date("projectedFor", false).ifPresent(d -> {
            if (asOf.isPresent() && d.end().isBefore(asOf.get().end())) {
                r.problem("projectedFor", "end before start: projection date " + d.lexical() + " is before the estimate's date " + asOf.get().lexical());
            }
            out.add(s, AC.projectedFor, Literals.date(d));
        });
        index.ref(r, "estimatedBy", true, Kind.ORGANISATION).ifPresent(o -> out.add(s, AC.estimatedBy, o));
        labels.descriptions(r, s);
        labels.givenOrMade(r, s, lang -> lang.equals("zh")
                ? "估计：" + WeaponCount.partyAndCategory(r, labels, lang) + "，" + count.number() + "（" + count.when() + "）"
                : "Estimate: " + WeaponCount.partyAndCategory(r, labels, lang) + ", " + q + " " + count.number() + " (" + count.when() + ")");
        claims.sources(r, id, s);
    }
}
