package org.w3id.armscontrol.wikidata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes reconcile's suggestions as YAML for a curator: per entity, the candidates with their
 * evidence, written atomically.
 */
public final class SuggestionsFile {
    private SuggestionsFile() {}

    static final String HEADER = """
            # Wikidata candidates for entities without a verified QID, written by `./kg wikidata reconcile`.
            # NOTHING HERE IS IN THE GRAPH. To accept a candidate, check it on Wikidata, then in the entity's
            # data file replace `wikidataUnreconciled:` with `wikidata: Q…` and a `wikidataVerifiedBy:` that
            # cites where you checked it (docs/WIKIDATA.md). A wrong QID is worse than none.
            """;

    public static void write(Path file, List<Reconciler.Suggestion> suggestions, String endpoint, LocalDate asked)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asked", asked.toString());
        doc.put("endpoint", endpoint);
        List<Object> entities = new ArrayList<>();
        for (Reconciler.Suggestion s : suggestions) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("entity", s.entity().entity());
            e.put("label", s.entity().label());
            e.put("kind", s.entity().kind());
            s.entity().enwikiTitle().ifPresent(t -> e.put("enwiki", t));
            List<Object> candidates = new ArrayList<>();
            for (Candidate c : s.candidates()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("qid", c.qid());
                m.put("label", c.label());
                if (!c.description().isEmpty()) m.put("description", c.description());
                if (!c.enwikiTitle().isEmpty()) m.put("enwiki", c.enwikiTitle());
                m.put("confidence", c.confidence());
                m.put("evidence", c.evidence());
                candidates.add(m);
            }
            e.put("candidates", candidates);
            entities.add(e);
        }
        doc.put("entities", entities);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setAllowUnicode(true);
        String yaml = HEADER + new Yaml(options).dump(doc);
        AtomicWrite.write(file, yaml);
    }
}
