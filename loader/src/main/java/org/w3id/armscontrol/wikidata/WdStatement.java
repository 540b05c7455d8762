package org.w3id.armscontrol.wikidata;

import java.util.List;
import java.util.Map;

/**
 * One Wikidata statement: its GUID, property, main value, rank and qualifiers.
 *
 * @param id         Wikidata's statement id, e.g. {@code Q30$5AB2…}
 * @param rank       preferred, normal or deprecated
 * @param qualifiers by property, e.g. P585 (point in time) on a P1891 (signatory) statement
 */
public record WdStatement(String id, String property, WdValue value, String rank, Map<String, List<WdValue>> qualifiers) {
    public List<WdValue> qualifier(String property) {
        return qualifiers.getOrDefault(property, List.of());
    }
}
