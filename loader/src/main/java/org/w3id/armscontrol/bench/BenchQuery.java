package org.w3id.armscontrol.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.query.BadParameterException;
import org.w3id.armscontrol.query.DateSeries;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.StandaloneQuery;

/**
 * One named query as the bench sends it: its example request (the {@code # example:} header;
 * a query without one runs on its defaults) to the API, and the same SPARQL with those
 * parameters substituted as the API substitutes them (bound by {@code ParameterBinder}, a date
 * series as its VALUES block, then {@code StandaloneQuery}) for any SPARQL endpoint.
 */
record BenchQuery(String name, String apiQueryString, String sparql) {
    static final String HEADLINE = "us-russia-treaties-in-force";

    static List<BenchQuery> all(QueryCatalog catalog, DatasetGraph ds) throws BadParameterException {
        List<BenchQuery> out = new java.util.ArrayList<>();
        for (NamedQuery q : catalog.all()) out.add(of(q, ds));
        return List.copyOf(out);
    }

    static BenchQuery of(NamedQuery q, DatasetGraph ds) throws BadParameterException {
        Map<String, String> params = new LinkedHashMap<>(q.example());
        params.keySet().removeAll(NamedQuery.RESERVED);
        Map<String, Node> bindings = new org.w3id.armscontrol.query.ParameterBinder(ds, LocalDate::now).bind(q, params);
        Query query = q.query();
        if (q.series().isPresent()) {
            DateSeries s = q.series().get();
            query = s.bind(query, s.dates(bindings));
        }
        // Substituted as the API binds them, or as a VALUES row where Jena cannot write the substitution back.
        String sparql = StandaloneQuery.of(query, bindings).query().serialize();
        // The API's own format and language keys are left out: both sides answer SPARQL JSON in English.
        String queryString = q.exampleQueryString().replaceAll("(^|&)(format|lang)=[^&]*", "");
        return new BenchQuery(q.name(), queryString.replaceFirst("^&", ""), sparql);
    }
}
