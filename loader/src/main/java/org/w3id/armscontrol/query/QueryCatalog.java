package org.w3id.armscontrol.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The named queries: every {@code queries/*.rq} (sub-folders such as violations/ are not named queries). */
public final class QueryCatalog {
    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();
    private final Path dir;

    public QueryCatalog(Path dir) throws IOException {
        this.dir = dir;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                NamedQuery q = NamedQuery.read(p);
                // A query that does not parse, or declares a parameter it never uses, fails here
                // at start-up, not at the first request.
                List<String> unused = q.unusedParameters();
                if (!unused.isEmpty()) {
                    throw new IOException(p + ": parameter " + String.join(", ", unused) + " is declared but the query never uses it"
                            + (unused.size() == 1 ? " (?" + unused.get(0) + ")" : ""));
                }
                // Declared columns are what GET /api/queries promises a chart: they must be the projection.
                List<String> declared = q.columns().stream().map(Column::name).toList();
                if (!declared.isEmpty() && !declared.equals(q.projection())) {
                    throw new IOException(p + ": declared columns " + declared + " are not the query's projection " + q.projection());
                }
                queries.put(q.name(), q);
            }
        }
    }

    /** The folder the queries were read from (its sub-folders hold other queries, e.g. wikidata/). */
    public Path directory() {
        return dir;
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public Iterable<NamedQuery> all() {
        return queries.values();
    }
}
