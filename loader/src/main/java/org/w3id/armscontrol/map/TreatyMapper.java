package org.w3id.armscontrol.map;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.time.format.DateTimeParseException;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/** The {@code treaties} section: treaties and political commitments, each an entity with a type and a term. */
final class TreatyMapper {
    private final FactWriter out;
    private final EntityMapper entities;
    private final Claims claims;

    TreatyMapper(FactWriter out, EntityMapper entities, Claims claims) {
        this.out = out;
        this.entities = entities;
        this.claims = claims;
    }

    void map(YamlRecord r, String id) {
        Node s = entities.map(r, id, Kind.TREATY, AC.Agreement);
        String type = r.string("type", true).orElse("");
        switch (type) {
            // ac:Treaty is stated too, not left to inference, so plain queries for treaties work.
            case "BilateralTreaty" -> { out.add(s, RDF.Nodes.type, AC.BilateralTreaty); out.add(s, RDF.Nodes.type, AC.Treaty); }
            case "MultilateralTreaty" -> { out.add(s, RDF.Nodes.type, AC.MultilateralTreaty); out.add(s, RDF.Nodes.type, AC.Treaty); }
            case "PoliticalCommitment" -> out.add(s, RDF.Nodes.type, AC.PoliticalCommitment);
            case "" -> { }
            default -> r.problem("type", "treaty type must be BilateralTreaty, MultilateralTreaty or PoliticalCommitment, not '" + type + "'");
        }
        r.text("formalName", true, "en").forEach((lang, t) -> out.add(s, AC.formalName, Literals.text(t, lang)));
        r.string("term", false).ifPresent(t -> {
            try {
                Period.parse(t);
                out.add(s, AC.term, Literals.duration(t));
            } catch (DateTimeParseException e) {
                r.problem("term", "term '" + t + "' is not an ISO 8601 duration such as P10Y");
            }
        });
        membership(r, s);
        claims.sources(r, id, s);
    }

    /** How complete the recorded membership is; a partial one must say whose actions are recorded. */
    private void membership(YamlRecord r, Node s) {
        Optional<String> complete = r.string("membershipComplete", true);
        Map<String, String> note = r.text("membershipNote", false);
        note.forEach((lang, t) -> out.add(s, AC.membershipNote, Literals.text(t, lang)));
        if (complete.isEmpty()) return;
        switch (complete.get()) {
            case "true" -> out.add(s, AC.membershipComplete, Literals.bool(true));
            case "false" -> {
                out.add(s, AC.membershipComplete, Literals.bool(false));
                if (!note.containsKey("en")) r.problem("membershipComplete", "a partial membership (membershipComplete: false) needs a membershipNote with an 'en' text saying whose actions are recorded");
            }
            default -> r.problem("membershipComplete", "membershipComplete must be true or false, not '" + complete.get() + "'");
        }
    }
}
