package org.w3id.armscontrol.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * Every id defined in the data (and every weapon category of the ontology), with its kind;
 * resolves the references records make to them.
 */
final class IdIndex {
    record Entry(Kind kind, Location location, YamlRecord record) {}

    private final Map<String, Entry> entries = new HashMap<>();
    private final Problems problems;

    IdIndex(Problems problems) {
        this.problems = problems;
    }

    void define(String id, Kind kind, Location where, YamlRecord record) {
        Entry first = entries.putIfAbsent(id, new Entry(kind, where, record));
        if (first != null) {
            problems.add(where, "duplicate id '" + id + "' (first defined at " + first.location() + ")");
        }
    }

    Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Resolves a reference, reporting an unknown id or one of the wrong kind where it was written. */
    Optional<Node> resolve(String field, String id, Location where, Kind... allowed) {
        Entry e = entries.get(id);
        if (e == null) {
            problems.add(where, "field '" + field + "': no " + describe(allowed) + " has id '" + id + "'");
            return Optional.empty();
        }
        if (Arrays.stream(allowed).noneMatch(k -> k == e.kind())) {
            problems.add(where, "field '" + field + "': '" + id + "' is " + article(noun(e.kind())) + ", not "
                    + article(describe(allowed)));
            return Optional.empty();
        }
        return Optional.of(e.kind().node(id));
    }

    /** The resource a record's field names, if the field is there and names one of the allowed kinds. */
    Optional<Node> ref(YamlRecord r, String field, boolean required, Kind... allowed) {
        return r.string(field, required).flatMap(id -> resolve(field, id, r.location(field), allowed));
    }

    /** The resources a record's list field names; each bad entry is reported where it is written. */
    List<Node> refs(YamlRecord r, String field, boolean required, Kind... allowed) {
        List<Node> out = new ArrayList<>();
        for (YamlRecord.Located<String> v : r.strings(field, required)) {
            resolve(field, v.value(), v.location(), allowed).ifPresent(out::add);
        }
        return out;
    }

    static String noun(Kind k) {
        return switch (k) {
            case PARTY -> "state";
            case ORGANISATION -> "organisation";
            case CATEGORY -> "weapon category";
            default -> k.name().toLowerCase();
        };
    }

    private static String describe(Kind... kinds) {
        return Arrays.stream(kinds).map(IdIndex::noun).collect(Collectors.joining(" or "));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
