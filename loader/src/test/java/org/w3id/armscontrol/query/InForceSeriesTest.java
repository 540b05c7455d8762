package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;

/**
 * in-force-series against the one-day queries it stands for: on every day of a series, its
 * treaties are exactly those of us-russia-treaties-in-force (no party) or of
 * treaties-in-force (with a party) for that day.
 */
class InForceSeriesTest {
    static DatasetGraph ds;
    static QueryCatalog catalog;

    @BeforeAll
    static void build() {
        SharedBuild shared = SharedBuild.get();
        ds = shared.dump;
        catalog = shared.catalog();
    }

    static ResultSetRewindable run(String query, Map<String, String> params) throws BadParameterException {
        NamedQuery q = catalog.get(query).orElseThrow();
        return QueryRunner.run(ds, q, new ParameterBinder(ds, () -> TestProject.STATUS_DATE).bind(q, params), 0);
    }

    /** The series' treaty IRIs per day. */
    static Map<String, Set<String>> seriesByDay(Map<String, String> params) throws BadParameterException {
        Map<String, Set<String>> out = new TreeMap<>();
        run("in-force-series", params).forEachRemaining(r ->
                out.computeIfAbsent(r.getLiteral("date").getLexicalForm(), d -> new TreeSet<>()).add(r.getResource("treaty").getURI()));
        return out;
    }

    static Set<String> treaties(ResultSetRewindable rs) {
        Set<String> out = new TreeSet<>();
        rs.forEachRemaining(r -> out.add(r.getResource("treaty").getURI()));
        return out;
    }

    static List<String> days(String from, String to, String step) {
        List<String> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = step.equals("year") ? d.plusYears(1) : d.plusMonths(1)) {
            out.add(d.toString());
        }
        return out;
    }

    @ParameterizedTest(name = "{0} to {1} by {2}")
    @CsvSource({"1963-01-01, 2026-01-01, year", "1991-06-26, 1992-06-26, month", "2018-12-05, 2026-03-05, month"})
    void withoutAPartyEachDayIsUsRussiaTreatiesInForce(String from, String to, String step) throws Exception {
        Map<String, Set<String>> series = seriesByDay(Map.of("from", from, "to", to, "step", step));
        int nonEmpty = 0;
        for (String day : days(from, to, step)) {
            Set<String> expected = treaties(run("us-russia-treaties-in-force", Map.of("date", day)));
            assertEquals(expected, series.getOrDefault(day, Set.of()), "on " + day);
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty > 0, "some treaty is in force in the range");
        assertTrue(days(from, to, step).containsAll(series.keySet()), "no day outside the series: " + series.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ru", "us", "cn", "su", "Q30"})
    void withAPartyEachDayIsTreatiesInForceForThatParty(String party) throws Exception {
        Map<String, Set<String>> series = seriesByDay(Map.of("from", "1963-01-01", "to", "2026-01-01", "party", party));
        int nonEmpty = 0;
        for (String day : days("1963-01-01", "2026-01-01", "year")) {
            Set<String> expected = treaties(run("treaties-in-force", Map.of("date", day, "party", party)));
            assertEquals(expected, series.getOrDefault(day, Set.of()), party + " on " + day);
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty > 0, party + " is bound by some treaty in 1963–2026");
    }

    @Test
    void kindKeepsOnlyBilateralOrOnlyMultilateralTreaties() throws Exception {
        Map<String, String> base = Map.of("from", "1963-01-01", "to", "2026-01-01", "party", "us");
        Map<String, Set<String>> all = seriesByDay(base);
        Map<String, Set<String>> bilateral = seriesByDay(with(base, "kind", "bilateral"));
        Map<String, Set<String>> multilateral = seriesByDay(with(base, "kind", "multilateral"));
        assertFalse(bilateral.isEmpty());
        assertFalse(multilateral.isEmpty());
        for (String day : all.keySet()) {
            Set<String> b = bilateral.getOrDefault(day, Set.of());
            Set<String> m = multilateral.getOrDefault(day, Set.of());
            b.forEach(t -> assertTrue(isA(t, AC.BilateralTreaty), t + " is bilateral"));
            m.forEach(t -> assertTrue(isA(t, AC.MultilateralTreaty), t + " is multilateral"));
            Set<String> expected = new TreeSet<>();
            all.get(day).stream().filter(t -> isA(t, AC.BilateralTreaty) || isA(t, AC.MultilateralTreaty)).forEach(expected::add);
            Set<String> union = new TreeSet<>(b);
            union.addAll(m);
            assertEquals(expected, union, "on " + day);
        }
    }

    @Test
    void aBadSeriesIsABadParameter() {
        NamedQuery q = catalog.get("in-force-series").orElseThrow();
        ParameterBinder binder = new ParameterBinder(ds, () -> TestProject.STATUS_DATE);
        assertEquals("to", assertThrows(BadParameterException.class,
                () -> binder.bind(q, Map.of("from", "2026-01-01", "to", "1960-01-01"))).parameter());
        assertEquals("to", assertThrows(BadParameterException.class,
                () -> binder.bind(q, Map.of("from", "1900-01-01", "to", "2026-01-01", "step", "month"))).parameter());
        BadParameterException step = assertThrows(BadParameterException.class,
                () -> binder.bind(q, Map.of("from", "1972-01-01", "to", "2026-01-01", "step", "week")));
        assertEquals("step", step.parameter());
        assertTrue(step.getMessage().contains("year, month"), step.getMessage());
        assertEquals("kind", assertThrows(BadParameterException.class,
                () -> binder.bind(q, Map.of("from", "1972-01-01", "to", "2026-01-01", "kind", "trilateral"))).parameter());
        assertEquals("from", assertThrows(BadParameterException.class, () -> binder.bind(q, Map.of("to", "2026-01-01"))).parameter());
    }

    @Test
    void anEventClassIsBoundByNameOrIriAndMustBeAnEventClass() throws Exception {
        NamedQuery q = catalog.get("events-between").orElseThrow();
        ParameterBinder binder = new ParameterBinder(ds, () -> TestProject.STATUS_DATE);
        Map<String, String> range = Map.of("from", "2019-01-01", "to", "2019-12-31");
        assertEquals(AC.iri(AC.NS + "Suspension"), binder.bind(q, with(range, "kind", "Suspension")).get("kind"));
        assertEquals(AC.iri(AC.NS + "Suspension"), binder.bind(q, with(range, "kind", AC.NS + "Suspension")).get("kind"));
        for (String bad : List.of("Agreement", "NoSuchClass", "suspension!")) {
            BadParameterException e = assertThrows(BadParameterException.class, () -> binder.bind(q, with(range, "kind", bad)), bad);
            assertEquals("kind", e.parameter());
        }
        NamedQuery timeline = catalog.get("treaty-timeline").orElseThrow();
        assertEquals("perParty", assertThrows(BadParameterException.class,
                () -> binder.bind(timeline, Map.of("perParty", "yes"))).parameter());
    }

    private static boolean isA(String iri, Node type) {
        return Txn.calculateRead(ds, () -> ds.getDefaultGraph().contains(AC.iri(iri), RDF.Nodes.type, type));
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        Map<String, String> out = new LinkedHashMap<>(m);
        out.put(k, v);
        return out;
    }
}
