package org.w3id.armscontrol.map;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The {@code corrections} section: what a source claimed (kept as its claim, {@code <id>-claimed}),
 * the corrected value, and why.
 */
final class CorrectionMapper {
    private final FactWriter out;
    private final IdIndex index;
    private final Labels labels;
    private final Claims claims;
    private final Problems problems;

    CorrectionMapper(FactWriter out, IdIndex index, Labels labels, Claims claims, Problems problems) {
        this.out = out;
        this.index = index;
        this.labels = labels;
        this.claims = claims;
        this.problems = problems;
    }

    void map(YamlRecord r, String id) {
        Node s = out.subject(r, Kind.CORRECTION, id);
        out.add(s, RDF.Nodes.type, AC.Correction);
        Optional<Node> about = r.string("about", true).flatMap(a -> index.get(a).isPresent()
                ? index.resolve("about", a, r.location("about"), index.get(a).get().kind())
                : index.resolve("about", a, r.location("about"), Kind.TREATY, Kind.EVENT, Kind.LIMIT, Kind.ESTIMATE, Kind.PROVISION));
        about.ifPresent(a -> out.add(s, AC.about, a));
        Optional<String> claimed = r.string("claimedValue", true);
        r.node("claim").ifPresentOrElse(n -> {
            if (n instanceof MappingNode m) {
                claims.claim(r.nested(m), Kind.CLAIM.node(id + "-claimed")).ifPresent(c -> {
                    out.add(s, AC.corrects, c);
                    claimed.ifPresent(v -> out.add(s, AC.claimedValue, Literals.text(v, claims.sourceLanguage(r.nested(m)))));
                });
            } else {
                problems.add(r.at(n), "field 'claim' must be a mapping {source: ..., quote: \"...\"}");
            }
        }, () -> problems.add(r.location(), "missing required field 'claim'"));
        r.node("correctedValue").ifPresentOrElse(n -> {
            if (n instanceof ScalarNode) {
                r.date("correctedValue", true).ifPresent(d -> out.add(s, AC.correctedValue, Literals.date(d)));
            } else {
                r.text("correctedValue", true, "en").forEach((lang, t) -> out.add(s, AC.correctedValue, Literals.text(t, lang)));
            }
        }, () -> problems.add(r.location(), "missing required field 'correctedValue'"));
        r.text("reason", true, "en").forEach((lang, t) -> out.add(s, AC.reason, Literals.text(t, lang)));
        index.refs(r, "relatedTreaties", false, Kind.TREATY).forEach(t -> out.add(s, AC.relatedTreaty, t));
        labels.givenOrMade(r, s, lang -> {
            String what = r.string("about", false).flatMap(a -> labels.of(a, lang)).orElse("?");
            return (lang.equals("zh") ? "更正：" : "Correction: ") + what;
        });
        claims.sources(r, id, s);
    }
}
