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
        index.ref(r, "party", true, Kind.PARTY).ifPresent(p -> out.add(s, AC.party, p));
        index.ref(r, "category", true, Kind.CATEGORY).ifPresent(c -> out.add(s, AC.category, c));
        Optional<Long> value = r.wholeNumber("value", true);
        value.ifPresent(v -> out.add(s, AC.value, Literals.integer(v)));
        String q = r.string("qualifier", false).orElse("exactly");
        if (QUALIFIERS.containsKey(q)) out.add(s, AC.qualifier, QUALIFIERS.get(q));
        else r.problem("qualifier", "qualifier must be exactly, about, moreThan or atLeast, not '" + q + "'");
        Optional<PartialDate> asOf = r.date("asOf", true);
        asOf.ifPresent(d -> out.add(s, AC.asOf, Literals.date(d)));
        r.date("projectedFor", false).ifPresent(d -> {
            if (asOf.isPresent() && d.end().isBefore(asOf.get().end())) {
                r.problem("projectedFor", "end before start: projection date " + d.lexical() + " is before the estimate's date " + asOf.get().lexical());
            }
            out.add(s, AC.projectedFor, Literals.date(d));
        });
        index.ref(r, "estimatedBy", true, Kind.ORGANISATION).ifPresent(o -> out.add(s, AC.estimatedBy, o));
        labels.descriptions(r, s);
        labels.givenOrMade(r, s, lang -> {
            String party = r.string("party", false).flatMap(p -> labels.of(p, lang)).orElse("?");
            String cat = r.string("category", false).flatMap(c -> labels.of(c, lang)).orElse("?");
            String when = asOf.map(PartialDate::lexical).orElse("?");
            String n = value.map(String::valueOf).orElse("?");
            return lang.equals("zh") ? "估计：" + party + "，" + cat + "，" + n + "（" + when + "）"
                    : "Estimate: " + party + ", " + cat + ", " + q + " " + n + " (" + when + ")";
        });
        claims.sources(r, id, s);
    }
}
