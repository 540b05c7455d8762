package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.Test;

/**
 * Where {@link StandaloneQuery} puts its VALUES rows when Jena cannot write a substitution back:
 * first in the WHERE clause, and first in each subquery that passes the bound variable on as it
 * is, but never in one that computes the variable or counts rows with LIMIT or OFFSET (a row
 * there would change the subquery's answer, not only narrow it).
 */
class StandaloneQueryTest {
    private static final Node TREATY = NodeFactory.createURI("https://w3id.org/arms-control/id/treaty/new-start");

    /** Grouping by the parameter makes Jena write GROUP BY (<iri> AS ?t), which does not parse: VALUES rows instead. */
    private static final String QUERY = """
            SELECT ?t (COUNT(?e) AS ?n) ?first ?computed ?limited WHERE {
              { SELECT ?t (MIN(?d) AS ?first) WHERE { ?s <urn:treaty> ?t ; <urn:date> ?d } GROUP BY ?t }
              OPTIONAL { SELECT ?t ?e WHERE { ?e <urn:treaty> ?t } }
              OPTIONAL { SELECT (?x AS ?t) ?computed WHERE { ?x <urn:label> ?computed } }
              OPTIONAL { SELECT ?t ?limited WHERE { ?t <urn:label> ?limited } LIMIT 1 }
            } GROUP BY ?t ?first ?computed ?limited
            """;

    @Test
    void valuesGoFirstInTheQueryAndInEachSubqueryThatPassesTheVariableOn() {
        StandaloneQuery s = StandaloneQuery.of(QueryFactory.create(QUERY), Map.of("t", TREATY));
        assertFalse(s.substituted(), "expected Jena's GROUP BY substitution to be unreadable, so VALUES are used");
        Query q = QueryFactory.create(s.query().serialize());

        assertTrue(startsWithRowOf(q), "the WHERE clause does not start with the VALUES row:\n" + q);
        List<Query> subqueries = subqueries(q);
        assertEquals(4, subqueries.size());
        assertTrue(startsWithRowOf(subqueries.get(0)), "a grouped subquery passing ?t on has no row:\n" + q);
        assertTrue(startsWithRowOf(subqueries.get(1)), "a subquery in OPTIONAL passing ?t on has no row:\n" + q);
        assertFalse(startsWithRowOf(subqueries.get(2)), "a subquery computing ?t got a row:\n" + q);
        assertFalse(startsWithRowOf(subqueries.get(3)), "a subquery with LIMIT got a row:\n" + q);
    }

    private static boolean startsWithRowOf(Query q) {
        if (!(q.getQueryPattern() instanceof ElementGroup g) || g.isEmpty()) return false;
        return g.get(0) instanceof ElementData d
                && d.getRows().size() == 1
                && TREATY.equals(d.getRows().get(0).get(org.apache.jena.sparql.core.Var.alloc("t")));
    }

    private static List<Query> subqueries(Query q) {
        List<Query> out = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                out.add(el.getQuery());
            }
        });
        return out;
    }
}
