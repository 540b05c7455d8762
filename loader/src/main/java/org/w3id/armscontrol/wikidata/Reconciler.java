package org.w3id.armscontrol.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds Wikidata candidates for entities without a verified QID: first by English Wikipedia
 * sitelink (one batched {@code wbgetentities} call), then by label ({@code wbsearchentities}),
 * and weighs each candidate by its label, its type (P31) and its dates against ours. It only
 * suggests: a curator reviews the suggestions and writes accepted QIDs into the data by hand.
 */
public final class Reconciler {
    /** Search hits examined per entity. */
    static final int SEARCH_LIMIT = 5;

    private final ActionApi api;

    public Reconciler(ActionApi api) {
        this.api = api;
    }

    /** One entity and what Wikidata offered for it. */
    public record Suggestion(Unreconciled entity, List<Candidate> candidates) {}

    public List<Suggestion> reconcile(List<Unreconciled> entities) throws WikidataException {
        List<String> titles = entities.stream().flatMap(e -> e.enwikiTitle().stream()).toList();
        Map<String, WdEntity> bySitelink = titles.isEmpty() ? Map.of() : api.byEnwikiTitles(titles);

        // Label search for the rest; the hits are then fetched in one batch to see their statements.
        Map<Unreconciled, List<SearchHit>> hits = new LinkedHashMap<>();
        for (Unreconciled e : entities) {
            boolean found = e.enwikiTitle().map(bySitelink::containsKey).orElse(false);
            if (!found) hits.put(e, api.search(e.label(), "en", SEARCH_LIMIT));
        }
        List<String> hitIds = hits.values().stream().flatMap(List::stream).map(SearchHit::id).distinct().toList();
        Map<String, WdEntity> details = hitIds.isEmpty() ? Map.of() : api.byIds(hitIds);

        List<Suggestion> out = new ArrayList<>();
        for (Unreconciled e : entities) {
            List<Candidate> candidates = new ArrayList<>();
            Optional<WdEntity> viaSitelink = e.enwikiTitle().map(bySitelink::get);
            if (viaSitelink.isPresent()) {
                candidates.add(judge(e, viaSitelink.get(), true, "its English Wikipedia sitelink is '" + e.enwikiTitle().get()
                        + "', the title recorded here"));
            } else {
                for (SearchHit h : hits.getOrDefault(e, List.of())) {
                    WdEntity item = details.get(h.id());
                    if (item == null) continue;
                    candidates.add(judge(e, item, false, "found by label search for '" + e.label() + "' (matched "
                            + h.matchType() + " '" + h.matchText() + "')"));
                }
            }
            out.add(new Suggestion(e, candidates));
        }
        return out;
    }

    private static Candidate judge(Unreconciled e, WdEntity item, boolean bySitelink, String how) {
        List<String> evidence = new ArrayList<>();
        evidence.add(how);
        int against = 0;
        boolean labelMatch = false;
        String enLabel = item.labels().getOrDefault("en", "");
        if (norm(enLabel).equals(norm(e.label()))) {
            evidence.add("its English label equals ours: '" + enLabel + "'");
            labelMatch = true;
        }
        String expected = KnownItems.EXPECTED_TYPE.get(e.kind());
        if (expected != null) {
            List<String> types = item.statements(KnownItems.INSTANCE_OF).stream().map(s -> s.value().text()).toList();
            if (types.contains(expected)) {
                evidence.add("instance of (P31) " + KnownItems.LABELS.get(expected) + " (" + expected + ")");
            } else {
                evidence.add("not stated to be an instance of (P31) " + KnownItems.LABELS.get(expected) + " (" + expected
                        + "); P31 is " + (types.isEmpty() ? "absent" : String.join(", ", types)));
            }
        }
        for (var d : e.dates().entrySet()) {
            for (String property : datePropertiesFor(d.getKey())) {
                for (WdStatement s : item.statements(property)) {
                    if (s.value().kind() != WdValue.Kind.TIME) continue;
                    String theirs = s.value().partialDate();
                    String ours = d.getValue();
                    int n = Math.min(theirs.length(), ours.length());
                    if (theirs.substring(0, n).equals(ours.substring(0, n))) {
                        evidence.add(property + " " + theirs + " agrees with our " + d.getKey() + " date " + ours);
                    } else {
                        evidence.add(property + " " + theirs + " DIFFERS from our " + d.getKey() + " date " + ours);
                        against++;
                    }
                }
            }
        }
        String confidence = against > 0 ? "conflicting" : (bySitelink || labelMatch) ? "strong" : "weak";
        return new Candidate(item.id(), enLabel, item.descriptions().getOrDefault("en", ""),
                item.enwikiTitle().orElse(""), confidence, evidence);
    }

    /** The Wikidata properties that can hold each of our dates (see docs/WIKIDATA.md). */
    static List<String> datePropertiesFor(String which) {
        return switch (which) {
            case Unreconciled.SIGNED -> List.of(KnownItems.POINT_IN_TIME, KnownItems.INCEPTION);
            case Unreconciled.IN_FORCE -> List.of(KnownItems.EFFECTIVE_DATE, KnownItems.START_TIME);
            case Unreconciled.ENDED -> List.of(KnownItems.DISSOLVED, KnownItems.END_TIME);
            default -> List.of();
        };
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
