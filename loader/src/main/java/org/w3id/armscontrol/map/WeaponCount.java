package org.w3id.armscontrol.map;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.w3id.armscontrol.data.PartialDate;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * What an estimate and a declaration share (both are {@code ac:WeaponCount}): a state's number
 * of weapons of one category as of a date. Mapped once here, for both sections.
 */
record WeaponCount(Optional<Long> value, Optional<PartialDate> asOf) {

    /** Writes the party, category, value and as-of date of record {@code r} on {@code s}. */
    static WeaponCount map(YamlRecord r, Node s, FactWriter out, IdIndex index) {
        index.ref(r, "party", true, Kind.PARTY).ifPresent(p -> out.add(s, AC.party, p));
        index.ref(r, "category", true, Kind.CATEGORY).ifPresent(c -> out.add(s, AC.category, c));
        Optional<Long> value = r.wholeNumber("value", true);
        value.ifPresent(v -> out.add(s, AC.value, Literals.integer(v)));
        Optional<PartialDate> asOf = r.date("asOf", true);
        asOf.ifPresent(d -> out.add(s, AC.asOf, Literals.date(d)));
        return new WeaponCount(value, asOf);
    }

    /** "party，category" (zh) or "party, category" for a label made from the record. */
    static String partyAndCategory(YamlRecord r, Labels labels, String lang) {
        String party = r.string("party", false).flatMap(p -> labels.of(p, lang)).orElse("?");
        String cat = r.string("category", false).flatMap(c -> labels.of(c, lang)).orElse("?");
        return party + (lang.equals("zh") ? "，" : ", ") + cat;
    }

    String number() {
        return value.map(String::valueOf).orElse("?");
    }

    String when() {
        return asOf.map(PartialDate::lexical).orElse("?");
    }
}
