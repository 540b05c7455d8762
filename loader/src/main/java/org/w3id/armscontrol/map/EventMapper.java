package org.w3id.armscontrol.map;

import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.DataSchema;
import org.w3id.armscontrol.data.PartialDate;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * The {@code events} section. Event types are the ontology's event classes, so a new type
 * needs no code; the fields only one type may carry are checked against that type.
 */
final class EventMapper {
    /** The ratification steps a data file may name, and the ontology's individuals for them. */
    private static final java.util.Map<String, Node> RATIFICATION_STEPS = java.util.Map.of(
            "adviceAndConsent", AC.AdviceAndConsent, "parliamentVote", AC.ParliamentaryApproval,
            "lawSigned", AC.RatificationLawSigned, "instrumentDeposited", AC.InstrumentDeposit);

    private final FactWriter out;
    private final IdIndex index;
    private final Labels labels;
    private final Claims claims;
    private final OntologyTerms ontology;
    private final Problems problems;

    EventMapper(FactWriter out, IdIndex index, Labels labels, Claims claims, OntologyTerms ontology, Problems problems) {
        this.out = out;
        this.index = index;
        this.labels = labels;
        this.claims = claims;
        this.ontology = ontology;
        this.problems = problems;
    }

    void map(YamlRecord r, String id) {
        Node s = out.subject(r, Kind.EVENT, id);
        String typeName = r.string("type", true).orElse(null);
        Node type = typeName == null ? null : ontology.eventTypes().get(typeName);
        if (typeName != null && type == null) {
            r.problem("type", "unknown event type '" + typeName + "' (known: " + String.join(", ", ontology.eventTypes().keySet()) + ")");
        }
        if (type != null) out.add(s, RDF.Nodes.type, type);
        for (var e : DataSchema.EVENT_TYPE_FIELDS.entrySet()) {
            if (r.has(e.getKey()) && typeName != null && !e.getValue().equals(typeName)) {
                problems.add(r.keyLocation(e.getKey()), "field '" + e.getKey() + "' is only for " + e.getValue() + " events");
            }
        }
        Optional<PartialDate> date = r.date("date", true);
        date.ifPresent(d -> out.add(s, AC.date, Literals.date(d)));
        // "by": the event happened on or before its date (New START's limits met by 2018-02-05).
        r.string("dateQualifier", false).ifPresent(q -> {
            if (q.equals("by")) out.add(s, AC.dateQualifier, AC.NoLaterThan);
            else r.problem("dateQualifier", "dateQualifier must be 'by' (on or before the date), not '" + q + "'");
        });
        if ("Ratification".equals(typeName)) r.string("step", false).ifPresent(st -> {
            Node step = RATIFICATION_STEPS.get(st);
            if (step != null) out.add(s, AC.ratificationStep, step);
            else r.problem("step", "step must be adviceAndConsent, parliamentVote, lawSigned or instrumentDeposited, not '" + st + "'");
        });
        if ("Postponement".equals(typeName)) r.date("plannedFor", false).ifPresent(p -> out.add(s, AC.plannedDate, Literals.date(p)));
        boolean treatyEvent = type != null && ontology.isTreatyEvent(type);
        Optional<Node> treaty = index.ref(r, "treaty", false, Kind.TREATY);
        if (treatyEvent && !r.has("treaty")) {
            problems.add(r.location(), "missing required field 'treaty' (a " + typeName + " event concerns a treaty)");
        }
        treaty.ifPresent(t -> out.add(s, AC.treaty, t));
        index.refs(r, "parties", false, Kind.PARTY).forEach(p -> out.add(s, AC.party, p));
        index.refs(r, "actors", false, Kind.PERSON, Kind.ORGANISATION).forEach(a -> out.add(s, AC.actor, a));
        index.ref(r, "place", false, Kind.PLACE).ifPresent(p -> out.add(s, AC.place, p));
        index.refs(r, "consideredPlaces", false, Kind.PLACE).forEach(p -> out.add(s, AC.consideredPlace, p));
        index.refs(r, "subjects", false, Kind.PARTY).forEach(p -> out.add(s, AC.subject, p));
        labels.descriptions(r, s);
        if ("Extension".equals(typeName)) {
            r.date("until", true).ifPresent(u -> {
                if (!u.isDay()) r.problem("until", "'until' must be a day (YYYY-MM-DD)");
                else if (date.isPresent() && !u.start().isAfter(date.get().start())) {
                    r.problem("until", "end before start: 'until' " + u.lexical() + " is not after the event's date " + date.get().lexical());
                }
                out.add(s, AC.extendedUntil, Literals.day(u.start()));
            });
        }
        index.ref(r, "notice", false, Kind.EVENT).ifPresent(n -> out.add(s, AC.completesNotice, n));
        if ("Resumption".equals(typeName)) index.ref(r, "resumes", true, Kind.EVENT).ifPresent(e -> out.add(s, AC.resumes, e));
        if ("Supersession".equals(typeName)) index.ref(r, "supersededBy", true, Kind.TREATY).ifPresent(t -> out.add(s, AC.supersededBy, t));
        if ("StateSuccession".equals(typeName)) {
            index.ref(r, "predecessor", true, Kind.PARTY).ifPresent(p -> out.add(s, AC.predecessor, p));
            index.ref(r, "successor", true, Kind.PARTY).ifPresent(p -> out.add(s, AC.successor, p));
        }
        if ("StateDissolution".equals(typeName)) {
            index.ref(r, "dissolvedState", true, Kind.PARTY).ifPresent(p -> out.add(s, AC.dissolvedState, p));
            index.refs(r, "newStates", true, Kind.PARTY).forEach(p -> out.add(s, AC.newState, p));
        }
        index.refs(r, "rejectedBy", false, Kind.PARTY).forEach(p -> out.add(s, AC.rejectedBy, p));
        index.refs(r, "limits", "LimitsMet".equals(typeName), Kind.LIMIT).forEach(l -> out.add(s, AC.limitMet, l));
        index.refs(r, "targets", false, Kind.PLACE).forEach(p -> out.add(s, AC.target, p));
        labels.givenOrMade(r, s, lang -> label(r, type, typeName, lang));
        claims.sources(r, id, s);
    }

    /** "Signing: New START (Russia, United States)", from the type, the treaty and the parties. */
    private String label(YamlRecord r, Node type, String typeName, String lang) {
        String t = type == null ? "Event" : ontology.label(type, lang).orElse(typeName);
        String what = r.string("treaty", false).flatMap(tid -> labels.of(tid, lang)).orElse(null);
        String who = r.strings("parties", false).stream().map(p -> labels.of(p.value(), lang).orElse(p.value()))
                .collect(Collectors.joining(lang.equals("zh") ? "、" : ", "));
        StringBuilder b = new StringBuilder(t);
        if (what != null) b.append(lang.equals("zh") ? "：" : ": ").append(what);
        if (!who.isEmpty()) b.append(lang.equals("zh") ? "（" + who + "）" : " (" + who + ")");
        return b.toString();
    }
}
