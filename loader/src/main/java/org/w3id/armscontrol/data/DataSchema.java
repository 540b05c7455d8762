package org.w3id.armscontrol.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * What a data file may contain: its sections, the kind of resource each section makes, and
 * the fields each record may have. docs/DATA-FORMAT.md is the human-readable form of this.
 */
public final class DataSchema {
    private DataSchema() {}

    public record Section(String name, Kind kind, Set<String> fields) {}

    private static final Set<String> ENTITY = Set.of("id", "label", "description", "wikidata", "wikidataVerifiedBy",
            "wikidataUnreconciled", "enwiki", "enwikiSeenIn");

    public static final Map<String, Section> SECTIONS = new LinkedHashMap<>();

    static {
        add("sources", Kind.SOURCE, Set.of("id", "type", "title", "publisher", "author", "date", "dateNote", "url", "language", "file"));
        add("states", Kind.PARTY, ENTITY);
        add("organisations", Kind.ORGANISATION, ENTITY);
        add("people", Kind.PERSON, ENTITY);
        add("places", Kind.PLACE, union(ENTITY, Set.of("country")));
        add("treaties", Kind.TREATY, union(ENTITY, Set.of("formalName", "type", "term", "membershipComplete", "membershipNote", "sources")));
        add("events", Kind.EVENT, Set.of("id", "type", "date", "treaty", "parties", "actors", "place", "consideredPlaces",
                "label", "description", "sources", "until", "notice", "supersededBy", "predecessor", "successor", "dissolvedState", "newStates",
                "rejectedBy", "limits", "targets", "dateQualifier", "plannedFor", "step", "resumes", "subjects"));
        add("limits", Kind.LIMIT, Set.of("id", "treaty", "counts", "min", "max", "unit", "deadline", "appliesTo", "label", "description", "sources"));
        add("provisions", Kind.PROVISION, Set.of("id", "treaty", "type", "excludes", "label", "description", "sources"));
        add("estimates", Kind.ESTIMATE, Set.of("id", "party", "category", "value", "qualifier", "asOf", "projectedFor",
                "estimatedBy", "label", "description", "sources"));
        add("declarations", Kind.DECLARATION, Set.of("id", "treaty", "party", "category", "value", "asOf", "countsAgainst",
                "label", "description", "sources"));
        add("corrections", Kind.CORRECTION, Set.of("id", "about", "claim", "claimedValue", "correctedValue", "reason", "label",
                "relatedTreaties", "sources"));
    }

    /** Event fields that only one event type may carry, by that type's local name. */
    public static final Map<String, String> EVENT_TYPE_FIELDS = Map.ofEntries(
            Map.entry("until", "Extension"),
            Map.entry("notice", "WithdrawalEffective"),
            Map.entry("supersededBy", "Supersession"),
            Map.entry("predecessor", "StateSuccession"),
            Map.entry("successor", "StateSuccession"),
            Map.entry("dissolvedState", "StateDissolution"),
            Map.entry("newStates", "StateDissolution"),
            Map.entry("rejectedBy", "Proposal"),
            Map.entry("limits", "LimitsMet"),
            Map.entry("targets", "Strike"),
            Map.entry("plannedFor", "Postponement"),
            Map.entry("step", "Ratification"),
            Map.entry("resumes", "Resumption"));

    /** Fields of one entry of a {@code sources:} list. */
    public static final Set<String> SOURCE_ENTRY_FIELDS = Set.of("source", "quote");

    private static void add(String name, Kind kind, Set<String> fields) {
        SECTIONS.put(name, new Section(name, kind, fields));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
