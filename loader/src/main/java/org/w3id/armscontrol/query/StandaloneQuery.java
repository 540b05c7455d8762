package org.w3id.armscontrol.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
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
        Query bound = substituted(query, bindings);
        if (reparses(bound)) return new StandaloneQuery(bound, true);
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

    /** The query with one VALUES row of the bindings first in its WHERE group, so all of the group sees them. */
    private static Query valuesFirst(Query query, Map<String, Node> bindings) {
        Query copy = query.cloneQuery();
        List<Var> vars = bindings.keySet().stream().map(Var::alloc).toList();
        BindingBuilder row = BindingFactory.builder();
        bindings.forEach((name, node) -> row.add(Var.alloc(name), node));
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(vars, List.of(row.build())));
        Element where = copy.getQueryPattern();
        if (where instanceof ElementGroup g) g.getElements().forEach(group::addElement);
        else group.addElement(where);
        copy.setQueryPattern(group);
        return copy;
    }
}
