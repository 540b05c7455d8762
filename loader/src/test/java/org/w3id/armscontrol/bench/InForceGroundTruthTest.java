package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.store.BulkLoad;

/**
 * The in-force named queries over a synthetic graph, loaded into TDB2 as a build loads, give
 * exactly the agreements the generator knows to be in force: whatever plan the queries use, it
 * must not change their answers.
 */
class InForceGroundTruthTest {
    static final LocalDate[] DAYS = {LocalDate.of(1975, 1, 1), LocalDate.of(1991, 12, 25), LocalDate.of(1991, 12, 26),
            LocalDate.of(2003, 3, 1), LocalDate.of(2010, 6, 1), LocalDate.of(2026, 1, 1)};

    static SyntheticGraph graph;
    static DatasetGraph db;
    static QueryCatalog catalog;

    @BeforeAll
    static void load(@TempDir Path tmp) throws IOException {
        graph = new SyntheticGraph(11, 400, SyntheticGraphTest.ontology(), TestProject.STATUS_DATE);
        db = DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb2").toString());
        BulkLoad.fill(db, sink -> graph.write(sink::quad));
        catalog = new QueryCatalog(TestProject.repository().resolve("queries"));
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(db);
    }

    @Test
    void usRussiaTreatiesInForce() {
        int nonEmpty = 0;
        for (LocalDate day : days()) {
            Set<Node> expected = graph.inForce(day, Set.of(SyntheticGraph.US), Set.of(SyntheticGraph.RU, SyntheticGraph.SU));
            assertEquals(expected, treaties("us-russia-treaties-in-force", day, null), "on " + day);
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertFalse(nonEmpty < 3, "too few days with an answer to compare: " + nonEmpty);
    }

    @Test
    void treatiesInForceForAPartyAndForAny() {
        for (Node party : new Node[] {SyntheticGraph.US, SyntheticGraph.RU, SyntheticGraph.state(5), SyntheticGraph.state(17)}) {
            int nonEmpty = 0;
            for (LocalDate day : days()) {
                Set<Node> expected = graph.inForce(day, Set.of(party));
                assertEquals(expected, treaties("treaties-in-force", day, party), party + " on " + day);
                if (!expected.isEmpty()) nonEmpty++;
            }
            assertFalse(nonEmpty == 0, party + " has no agreement in force on any day asked");
        }
        for (LocalDate day : days()) {
            Set<Node> expected = graph.inForce(day);
            assertEquals(expected, treaties("treaties-in-force", day, null), "any party on " + day);
        }
    }

    /** The fixed days, and the first and last day of some agreements' periods in force (the half-open bounds). */
    private static Set<LocalDate> days() {
        Set<LocalDate> days = new LinkedHashSet<>(java.util.List.of(DAYS));
        for (int i = 0; i < SyntheticGraph.US_RUSSIA; i++) {
            SyntheticGraph.Plan p = graph.plan(i);
            if (p.inForceUntil() != null) {
                days.add(p.inForceUntil());
                days.add(p.inForceUntil().minusDays(1));
                days.add(p.inForceFrom());
                if (days.size() > 14) break;
            }
        }
        return days;
    }

    private static Set<Node> treaties(String query, LocalDate day, Node party) {
        NamedQuery q = catalog.get(query).orElseThrow();
        Map<String, Node> bindings = new LinkedHashMap<>();
        bindings.put("date", Literals.day(day));
        if (party != null) bindings.put("party", party);
        ResultSetRewindable rs = QueryRunner.run(db, q, bindings, 0);
        Set<Node> out = new LinkedHashSet<>();
        rs.forEachRemaining(b -> out.add(b.get("treaty").asNode()));
        return out;
    }
}
