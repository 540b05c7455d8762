package org.w3id.armscontrol.map;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.data.YamlRecord.Located;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/** The {@code limits} section: a treaty's ceiling on weapon categories, in items or kilotons. */
final class LimitMapper {
    private final FactWriter out;
    private final IdIndex index;
    private final Labels labels;
    private final Claims claims;

    LimitMapper(FactWriter out, IdIndex index, Labels labels, Claims claims) {
        this.out = out;
        this.index = index;
        this.labels = labels;
        this.claims = claims;
    }

    void map(YamlRecord r, String id) {
        Node s = out.subject(r, Kind.LIMIT, id);
        out.add(s, RDF.Nodes.type, AC.Limit);
        index.ref(r, "treaty", true, Kind.TREATY).ifPresent(t -> out.add(s, AC.treaty, t));
        List<Located<String>> counts = r.strings("counts", true);
        index.refs(r, "counts", true, Kind.CATEGORY).forEach(c -> out.add(s, AC.counts, c));
        Optional<Long> max = r.wholeNumber("max", true);
        max.ifPresent(m -> out.add(s, AC.maximum, Literals.integer(m)));
        // A range (SORT's 1,700 to 2,200): each state chooses its number between min and max.
        Optional<Long> min = r.wholeNumber("min", false);
        min.ifPresent(m -> {
            if (max.isPresent() && m > max.get()) r.problem("min", "min " + m + " is greater than max " + max.get());
            out.add(s, AC.minimum, Literals.integer(m));
        });
        String unit = r.string("unit", false).orElse("item");
        switch (unit) {
            case "item" -> out.add(s, AC.unit, AC.Item);
            case "kiloton" -> out.add(s, AC.unit, AC.Kiloton);
            default -> r.problem("unit", "unit must be item or kiloton, not '" + unit + "'");
        }
        r.date("deadline", false).ifPresent(d -> out.add(s, AC.deadline, Literals.date(d)));
        index.refs(r, "appliesTo", true, Kind.PARTY).forEach(p -> out.add(s, AC.appliesTo, p));
        labels.descriptions(r, s);
        labels.givenOrMade(r, s, lang -> {
            String treaty = r.string("treaty", false).flatMap(t -> labels.of(t, lang)).orElse("?");
            String what = counts.stream().map(c -> labels.of(c.value(), lang).orElse(c.value()))
                    .collect(Collectors.joining(lang.equals("zh") ? "、" : ", "));
            String n = max.map(String::valueOf).orElse("?") + (unit.equals("kiloton") ? (lang.equals("zh") ? "千吨" : " kt") : "");
            if (min.isPresent()) {
                return lang.equals("zh") ? treaty + "限额：" + what + min.get() + "至" + n : treaty + " limit: " + min.get() + " to " + n + " (" + what + ")";
            }
            return lang.equals("zh") ? treaty + "限额：" + what + "不超过" + n : treaty + " limit: at most " + n + " (" + what + ")";
        });
        claims.sources(r, id, s);
    }
}
