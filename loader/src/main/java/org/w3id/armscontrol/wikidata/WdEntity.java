package org.w3id.armscontrol.wikidata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Wikidata item as this project sees it: labels and descriptions by language, the English
 * Wikipedia sitelink, and its statements.
 */
public record WdEntity(String id, Map<String, String> labels, Map<String, String> descriptions,
                       Optional<String> enwikiTitle, List<WdStatement> statements) {

    /** The statements for one property, deprecated ones left out. */
    public List<WdStatement> statements(String property) {
        return statements.stream().filter(s -> s.property().equals(property) && !s.rank().equals("deprecated")).toList();
    }

    /** All statements for one property, deprecated ones included. */
    public List<WdStatement> allStatements(String property) {
        return statements.stream().filter(s -> s.property().equals(property)).toList();
    }

    /** Wikidata's "truthy" statements for a property: the preferred ones if any, else the normal ones. */
    public List<WdStatement> best(String property) {
        List<WdStatement> all = statements(property);
        List<WdStatement> preferred = all.stream().filter(s -> s.rank().equals("preferred")).toList();
        return preferred.isEmpty() ? all : preferred;
    }
}
