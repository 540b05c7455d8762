package org.w3id.armscontrol.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A named query with its parameters bound, as text any SPARQL endpoint can run: the parameters
 * substituted as RDF terms (as the named-query API binds them), or, where Jena writes a
 * substitution as text it cannot read back ({@code GROUP BY (<iri> AS ?party)}), the parameters
 * as one VALUES row at the start of the WHERE clause. Used by the query editor's examples and by
 * the benchmark's SPARQL side.
 */
public record StandaloneQuery(Query query, boolean substituted) {

    /** {@code query} (a date series already bound, if any) with {@code bindings}. */
    public static StandaloneQuery of(Query query, Map<String, Node> bindings) {
        try {
            Query bound = substituted(query, bindings);
            if (reparses(bound)) return new StandaloneQuery(bound, true);
        } catch (ARQException e) {
            // Jena cannot substitute a variable that a subquery computes, (?x AS ?party): VALUES rows instead.
        }
        return new StandaloneQuery(valuesFirst(query, bindings), false);
    }

    private static Query substituted(Query query, Map<String, Node> bindings) {
        Map<Var, Node> substitution = new HashMap<>();
        bindings.forEach((name, node) -> substitution.put(Var.alloc(name), node));
        return QueryTransformOps.replaceVars(query, substitution);
    }

    private static boolean reparses(Query query) {
        try {
            QueryFactory.create(query.serialize());
            return true;
        } catch (QueryException e) {
            return false;
        }
    }

    /**
     * The query with one VALUES row of the bindings first in its WHERE group, so all of the group
     * sees them, and first in each subquery of that group (or of an OPTIONAL in it) that passes a
     * bound variable through as it is: a subquery is evaluated on its own, so without its own row
     * it would compute its answer for every value and only then meet the outer row. With the
     * row's one value the subquery's answer is the part of its full answer that the outer row
     * would keep.
     */
    private static Query valuesFirst(Query query, Map<String, Node> bindings) {
        Query copy = query.cloneQuery();
        copy.setQueryPattern(withValues(copy.getQueryPattern(), bindings));
        return copy;
    }

    private static ElementGroup withValues(Element where, Map<String, Node> bindings) {
        List<Var> vars = bindings.keySet().stream().map(Var::alloc).toList();
        BindingBuilder row = BindingFactory.builder();
        bindings.forEach((name, node) -> row.add(Var.alloc(name), node));
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(vars, List.of(row.build())));
        for (Element e : elements(where)) group.addElement(valuesInside(e, bindings));
        return group;
    }

    private static List<Element> elements(Element where) {
        return where instanceof ElementGroup g ? g.getElements() : List.of(where);
    }

    private static Element valuesInside(Element e, Map<String, Node> bindings) {
        if (e instanceof ElementSubQuery sub) {
            // A LIMIT or OFFSET counts rows before the outer row meets them: no row inside.
            Map<String, Node> passed = sub.getQuery().hasLimit() || sub.getQuery().hasOffset()
                    ? Map.of() : passedThrough(sub.getQuery(), bindings);
            if (passed.isEmpty()) return e;
            Query inner = sub.getQuery().cloneQuery();
            inner.setQueryPattern(withValues(inner.getQueryPattern(), passed));
            return new ElementSubQuery(inner);
        }
        if (e instanceof ElementOptional opt) {
            ElementGroup group = new ElementGroup();
            for (Element inner : elements(opt.getOptionalElement())) group.addElement(valuesInside(inner, bindings));
            return new ElementOptional(group);
        }
        return e;
    }

    /** The bindings whose variables the subquery projects as they are (not computed by an expression). */
    private static Map<String, Node> passedThrough(Query sub, Map<String, Node> bindings) {
        Map<String, Node> passed = new LinkedHashMap<>();
        bindings.forEach((name, node) -> {
            Var v = Var.alloc(name);
            boolean asIs = sub.isQueryResultStar()
                    || (sub.getProjectVars().contains(v) && sub.getProject().getExpr(v) == null);
            if (asIs) passed.put(name, node);
        });
        return passed;
    }
}
