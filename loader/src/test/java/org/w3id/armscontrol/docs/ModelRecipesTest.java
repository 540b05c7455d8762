package org.w3id.armscontrol.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;

/** The recipes of docs/MODEL.md, run as written against the real build, give the true answers. */
class ModelRecipesTest {
    static DatasetGraph ds;
    static List<SparqlBlocks.Block> blocks;

    @BeforeAll
    static void build() throws Exception {
        ds = SharedBuild.get().dump;
        blocks = SparqlBlocks.blocks("docs/MODEL.md", Files.readAllLines(TestProject.repository().resolve("docs/MODEL.md")));
    }

    /** The one block that contains {@code marker}. */
    static String block(String marker) {
        List<String> found = blocks.stream().map(SparqlBlocks.Block::text).filter(t -> t.contains(marker)).toList();
        assertEquals(1, found.size(), "blocks of docs/MODEL.md containing " + marker);
        return found.get(0);
    }

    static List<QuerySolution> run(String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    @Test
    void theMostSpecificTypeIsOneRowPerEvent() {
        List<QuerySolution> rows = run(block("?event a ac:Suspension ."));
        List<String> events = rows.stream().map(r -> r.getResource("event").getURI()).toList();
        assertTrue(events.size() >= 3, "suspensions: " + events);
        assertEquals(events.size(), events.stream().distinct().count(), "an event on several rows: " + events);
        rows.forEach(r -> assertTrue(r.getResource("eventType").getURI().startsWith(AC.Suspension.getURI())
                && !r.getResource("eventType").getURI().equals(AC.Suspension.getURI()), "not a subclass of ac:Suspension: " + r));
    }

    @Test
    void theLatestEstimateIsNotAProjection() {
        // China's 2030 projection was made in 2023-10, after the 2023-05 count: it must not win.
        List<QuerySolution> rows = run(block("FILTER NOT EXISTS { ?estimate ac:projectedFor"));
        assertEquals(1, rows.size());
        assertEquals(AC.Kind.ESTIMATE.iri("cn-operational-warheads-2023-05-us-dod"), rows.get(0).getResource("estimate").getURI());
        assertEquals(500, rows.get(0).getLiteral("value").getInt());
    }

    @Test
    void eventsInvolvingChinaIncludeThePentagonsReportOnChina() {
        Map<String, String> how = new TreeMap<>();
        run(block("ac:subject party:cn")).forEach(r -> how.put(r.getResource("event").getURI(), r.getLiteral("how").getString()));
        assertEquals("subject", how.get(AC.Kind.EVENT.iri("us-dod-china-military-power-report-2023")), "events: " + how.keySet());
        assertTrue(how.containsValue("party"), "no event with China as a party: " + how);
    }

    @Test
    void chineseLabelsAreChinese() {
        List<QuerySolution> rows = run(block("FILTER(LANG(?zh) = \"zh\")"));
        assertTrue(rows.size() >= 5, "treaties in force with a Chinese label: " + rows.size());
        rows.forEach(r -> assertTrue(r.getLiteral("zh").getString().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "not Chinese: " + r.getLiteral("zh")));
    }
}
