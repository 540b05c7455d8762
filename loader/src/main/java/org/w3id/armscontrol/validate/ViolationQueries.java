package org.w3id.armscontrol.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.Var;
import org.w3id.armscontrol.data.Location;
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
     * Loads every rule; a rule that does not parse or cannot be read is reported at its line and
     * column (when {@code problems} is given) instead of stopping the build with a stack trace. A
     * missing folder, or one with no rule in it, is a problem too: zero rules would pass any data.
     */
    public static ViolationQueries load(Path dir, Function<Path, String> display, Problems problems) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (problems == null) throw new NoSuchFileException(dir.toString(), null, "no violation-query folder");
            problems.add(new Location(display.apply(dir), 1, 1),
                    "the violation-query folder is missing: without it no *-violation.rq rule would be checked");
            return new ViolationQueries(List.of());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith("-violation.rq")).sorted().toList();
        }
        if (files.isEmpty()) {
            if (problems == null) throw new IOException(dir + ": no *-violation.rq rule");
            problems.add(new Location(display.apply(dir), 1, 1),
                    "no *-violation.rq rule in the violation-query folder: the check would pass any data");
        }
        List<Named> qs = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString().replace(".rq", "");
            try {
                qs.add(new Named(name, QueryFactory.create(Files.readString(p, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                if (problems == null) throw e;
                problems.add(new Location(display.apply(p), 1, 1), "violation query cannot be read: " + e);
            } catch (QueryParseException e) {
                if (problems == null) throw e;
                problems.add(new Location(display.apply(p), Math.max(e.getLine(), 1), Math.max(e.getColumn(), 1)),
                        "violation query does not parse: " + e.getMessage().lines().findFirst().orElse(""));
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
