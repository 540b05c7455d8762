package org.w3id.armscontrol.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/** The {@code provisions} section: what a treaty leaves out of its scope, and how it is verified. */
final class ProvisionMapper {
    private final FactWriter out;
    private final IdIndex index;
    private final Labels labels;
    private final Claims claims;
    private final Problems problems;

    ProvisionMapper(FactWriter out, IdIndex index, Labels labels, Claims claims, Problems problems) {
        this.out = out;
        this.index = index;
        this.labels = labels;
        this.claims = claims;
        this.problems = problems;
    }

    void map(YamlRecord r, String id) {
        Node s = out.subject(r, Kind.PROVISION, id);
        String type = r.string("type", true).orElse("");
        switch (type) {
            case "ScopeExclusion" -> {
                out.add(s, RDF.Nodes.type, AC.ScopeExclusion);
                index.refs(r, "excludes", true, Kind.CATEGORY).forEach(c -> out.add(s, AC.excludes, c));
            }
            case "VerificationProvision" -> {
                out.add(s, RDF.Nodes.type, AC.VerificationProvision);
                if (r.has("excludes")) problems.add(r.keyLocation("excludes"), "field 'excludes' is only for ScopeExclusion provisions");
            }
            case "" -> { }
            default -> r.problem("type", "provision type must be ScopeExclusion or VerificationProvision, not '" + type + "'");
        }
        index.ref(r, "treaty", true, Kind.TREATY).ifPresent(t -> out.add(s, AC.treaty, t));
        labels.given(r, s, true);
        labels.descriptions(r, s);
        claims.sources(r, id, s);
    }
}
