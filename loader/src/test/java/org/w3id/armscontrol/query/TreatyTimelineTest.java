package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;

/** treaty-timeline without a treaty is every treaty's timeline; perParty gives one row per event and state. */
class TreatyTimelineTest {
    static DatasetGraph ds;
    static QueryCatalog catalog;

    @BeforeAll
    static void build() {
        SharedBuild shared = SharedBuild.get();
        ds = shared.dump;
        catalog = shared.catalog();
    }

    static List<QuerySolution> run(Map<String, String> params) throws BadParameterException {
        NamedQuery q = catalog.get("treaty-timeline").orElseThrow();
        ResultSetRewindable rs = QueryRunner.run(ds, q, new ParameterBinder(ds, () -> TestProject.STATUS_DATE).bind(q, params), 0);
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    static String row(QuerySolution s) {
        StringBuilder b = new StringBuilder();
        s.varNames().forEachRemaining(v -> b.append(v).append('=').append(s.get(v)).append(' '));
        return b.toString();
    }

    @Test
    void withoutATreatyItIsTheUnionOfEveryTreatysTimeline() throws Exception {
        Set<String> all = new TreeSet<>();
        run(Map.of()).forEach(s -> all.add(row(s)));
        List<Node> treaties = Txn.calculateRead(ds, () -> ds.getDefaultGraph().find(Node.ANY, RDF.Nodes.type, AC.Agreement)
                .mapWith(Triple::getSubject).toList());
        assertTrue(treaties.size() > 10, "the data holds many agreements");
        Set<String> union = new TreeSet<>();
        for (Node t : treaties) {
            for (QuerySolution s : run(Map.of("treaty", t.getURI()))) {
                assertEquals(t.getURI(), s.getResource("treaty").getURI());
                union.add(row(s));
            }
        }
        assertEquals(union, all);
    }

    @Test
    void perPartyGivesOneRowPerEventAndStateAndKeepsEventsWithoutOne() throws Exception {
        List<QuerySolution> perEvent = run(Map.of());
        List<QuerySolution> perParty = run(Map.of("perParty", "true"));
        Map<String, Integer> rows = new HashMap<>();
        perParty.forEach(s -> rows.merge(s.getResource("event").getURI(), 1, Integer::sum));
        assertEquals(perEvent.size(), rows.size(), "one row per event without perParty");
        for (QuerySolution s : perEvent) {
            String event = s.getResource("event").getURI();
            int states = s.contains("parties") ? s.getLiteral("parties").getString().split(" ").length : 0;
            int named = Txn.calculateRead(ds, () -> ds.getDefaultGraph().find(AC.iri(event), AC.party, Node.ANY).toList().size());
            assertEquals(named, states, event + ": ?parties lists every state the event names");
            assertEquals(Math.max(1, states), rows.get(event), event);
            assertTrue(!s.contains("party"), "no single ?party without perParty");
        }
        perParty.stream().filter(s -> s.contains("party")).forEach(s -> assertTrue(
                List.of(s.getLiteral("parties").getString().split(" ")).contains(s.getResource("party").getURI()), row(s)));
    }
}
