package org.w3id.armscontrol.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.query.BadParameterException;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.StandaloneQuery;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * The query editor's examples: every named query, with its {@code # example:} parameters bound
 * as the named-query API binds them (substituted as RDF terms, a date series as a VALUES
 * block), so the editor runs what {@code /api/queries/NAME?example} answers; and every
 * federated query of {@code queries/wikidata/}, which call the Wikidata Query Service.
 */
final class QueryExamples {
    /** The folder of the federated examples, under the named queries' folder. */
    static final String WIKIDATA_FOLDER = "wikidata";

    /** One entry of the examples menu; {@code apiQuery} is the API's query string (null for federated ones). */
    record Example(String name, String title, String description, String text, boolean federated, String apiQuery) {}

    private final List<Example> all;

    QueryExamples(QueryCatalog catalog, DatasetGraph dataset) {
        List<Example> list = new ArrayList<>();
        ParameterBinder binder = new ParameterBinder(dataset, LocalDate::now);
        for (NamedQuery q : catalog.all()) {
            list.add(new Example(q.name(), q.title(), q.description(), boundText(q, binder), false, q.exampleQueryString()));
        }
        Path federated = catalog.directory().resolve(WIKIDATA_FOLDER);
        if (Files.isDirectory(federated)) {
            try {
                for (NamedQuery q : new QueryCatalog(federated).all()) {
                    list.add(new Example(WIKIDATA_FOLDER + "/" + q.name(), q.title(), q.description(), q.text(), true, null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.all = List.copyOf(list);
    }

    List<Example> all() {
        return all;
    }

    Optional<Example> get(String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The query's text with its example bound: its header comments, then the query as the API
     * runs it. A query whose example cannot be bound (it needs a parameter it has no example
     * for) is shown as written, with a note.
     */
    static String boundText(NamedQuery q, ParameterBinder binder) {
        String header = header(q.text());
        if (q.parameters().isEmpty()) return q.text();
        Map<String, Node> bindings;
        try {
            bindings = binder.bind(q, q.example());
        } catch (BadParameterException e) {
            return "# (the example's parameters are not bound here: " + e.getMessage() + ")\n" + q.text();
        }
        Query query = q.query();
        if (q.series().isPresent()) {
            try {
                query = q.series().get().bind(query, q.series().get().dates(bindings));
            } catch (BadParameterException e) {
                throw new IllegalStateException(q.name() + ": its example series does not bind: " + e.getMessage(), e);
            }
        }
        StandaloneQuery standalone = StandaloneQuery.of(query, bindings);
        Query bound = standalone.query();
        // Jena writes some substitutions as text it cannot read back (GROUP BY (<iri> AS ?party)):
        // then the parameters go in a VALUES block at the start of the WHERE clause instead.
        String how = standalone.substituted() ? "parameters substituted" : "parameters as a VALUES block, repeated in each subquery that passes them on";
        // A bound IRI of the graph reads as treaty:new-start, as in the editor's own prefixes.
        for (Node n : bindings.values()) {
            if (!n.isURI()) continue;
            Pair<String, String> p = Prefixes.MAP.abbrev(n.getURI());
            if (p != null && bound.getPrefixMapping().getNsPrefixURI(p.getLeft()) == null) {
                bound.getPrefixMapping().setNsPrefix(p.getLeft(), Prefixes.MAP.get(p.getLeft()));
            }
        }
        String note = "# The example " + (q.example().isEmpty() ? "(the parameters' defaults)" : q.exampleQueryString())
                + ", bound as /api/queries/" + q.name() + " binds it:\n# " + how
                + (q.series().isPresent() ? ", the date series as a VALUES block" : "") + ".\n";
        return header + note + bound.serialize();
    }

    /** The leading comment lines of a query file (title, description, parameters, columns). */
    private static String header(String text) {
        StringBuilder h = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (!line.startsWith("#")) break;
            h.append(line).append('\n');
        }
        return h.toString();
    }
}
