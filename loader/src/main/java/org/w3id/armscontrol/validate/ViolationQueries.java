package org.w3id.armscontrol.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.Var;
import org.w3id.armscontrol.data.Problems;

/**
 * Runs every {@code queries/violations/*-violation.rq}: each row a query returns is a broken
 * rule. A query names the offending resource {@code ?entity} and may explain it in {@code ?message}.
 */
public final class ViolationQueries {
    private static final Var ENTITY = Var.alloc("entity");
    private static final Var MESSAGE = Var.alloc("message");

    public record Named(String name, Query query) {}

    private final List<Named> queries;

    public ViolationQueries(List<Named> queries) {
        this.queries = queries;
    }

    public static ViolationQueries load(Path dir) throws IOException {
        return load(dir, p -> p.toString(), null);
    }

    /**
     * Loads every rule; a rule that does not parse is reported at its line and column (when
     * {@code problems} is given) instead of stopping the build with a stack trace.
     */
    public static ViolationQueries load(Path dir, java.util.function.Function<Path, String> display, Problems problems) throws IOException {
        if (!Files.isDirectory(dir)) return new ViolationQueries(List.of());
        List<Named> qs = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith("-violation.rq")).sorted().toList()) {
                try {
                    qs.add(new Named(p.getFileName().toString().replace(".rq", ""), QueryFactory.read(p.toString())));
                } catch (org.apache.jena.query.QueryParseException e) {
                    if (problems == null) throw e;
                    problems.add(new org.w3id.armscontrol.data.Location(display.apply(p), Math.max(e.getLine(), 1), Math.max(e.getColumn(), 1)),
                            "violation query does not parse: " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        return new ViolationQueries(qs);
    }

    public List<Named> queries() { return queries; }

    public void check(DatasetGraph ds, Locator locator, Problems problems) {
        for (Named q : queries) {
            try (QueryExec exec = QueryExec.dataset(ds).query(q.query()).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Node entity = b.get(ENTITY);
                    Node message = b.get(MESSAGE);
                    String text = message != null && message.isLiteral() ? message.getLiteralLexicalForm() : "rule broken";
                    problems.add(locator.locate(entity), "[" + q.name() + "] " + text + (entity == null ? "" : " on <" + entity + ">"));
                }
            }
        }
    }
}
