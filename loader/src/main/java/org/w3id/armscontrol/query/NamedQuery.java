package org.w3id.armscontrol.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;

/**
 * A query file of {@code queries/} with its header: a title, a description, and its
 * parameters. Parameters are never pasted into the text; they are bound as RDF terms.
 *
 * @param parsed the text, parsed once when the file is read: parsing the longer queries takes a few
 *     milliseconds, about as long as running them, so each run gets a copy ({@link #query()}) instead
 */
public record NamedQuery(String name, String title, String description, List<Parameter> parameters,
                         List<Column> columns, Map<String, String> example, Optional<DateSeries> series,
                         String text, Query parsed) {
    /** Request parameters every query takes, so no query may declare them. */
    public static final Set<String> RESERVED = Set.of("format", Language.PARAMETER);
    private static final Pattern TITLE = Pattern.compile("^#\\s*title:\\s*(.+)$");
    private static final Pattern DESCRIPTION = Pattern.compile("^#\\s*description:\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\((date|party|treaty|entity|source|event-class|boolean|[a-z0-9-]+(?:\\|[a-z0-9-]+)+)"
            + "(?:,\\s*(optional|default\\s+(\\S+)))?\\)\\s*:\\s*(.+)$");
    private static final Pattern SERIES = Pattern.compile(
            "^#\\s*series:\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*,\\s*([A-Za-z][A-Za-z0-9_]*)\\s*,"
            + "\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\)\\s*:\\s*(.+)$");
    private static final Pattern COLUMN = Pattern.compile(
            "^#\\s*column:\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\(([a-z-]+)\\)\\s*(?::\\s*(.*))?$");
    private static final Pattern EXAMPLE = Pattern.compile("^#\\s*example:\\s*(\\S*)\\s*$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(.+)$");

    public static NamedQuery read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String title = name;
        StringBuilder description = new StringBuilder();
        List<Parameter> params = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        Map<String, String> example = new LinkedHashMap<>();
        DateSeries series = null;
        String last = null;
        for (String line : text.split("\\R")) { // any line ending: a file saved on Windows keeps its header
            if (!line.startsWith("#")) break;
            Matcher m;
            if ((m = TITLE.matcher(line)).matches()) {
                title = m.group(1).strip();
                last = "title";
            } else if ((m = DESCRIPTION.matcher(line)).matches()) {
                description.append(m.group(1).strip());
                last = "description";
            } else if ((m = PARAM.matcher(line)).matches()) {
                boolean optional = "optional".equals(m.group(3));
                String dflt = m.group(4);
                String type = m.group(2);
                List<String> choices = type.contains("|") ? List.of(type.split("\\|")) : List.of();
                Parameter.Type t = choices.isEmpty() ? Parameter.Type.valueOf(type.toUpperCase().replace('-', '_')) : Parameter.Type.CHOICE;
                if (dflt != null && !choices.isEmpty() && !choices.contains(dflt)) {
                    throw new IOException(file + ": parameter " + m.group(1) + ": default '" + dflt + "' is not one of " + type);
                }
                params.add(new Parameter(m.group(1), t, !optional && dflt == null, dflt, m.group(5).strip(), choices));
                last = "param";
            } else if ((m = COLUMN.matcher(line)).matches()) {
                String column = m.group(1), type = m.group(2);
                columns.add(new Column(column, Column.Type.byLabel(type).orElseThrow(() -> new IOException(file
                        + ": column " + column + " has unknown type '" + type + "' (one of " + typeLabels() + ")")),
                        m.group(3) == null ? "" : m.group(3).strip()));
                last = "column";
            } else if ((m = EXAMPLE.matcher(line)).matches()) {
                for (String pair : m.group(1).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) throw new IOException(file + ": malformed example '" + m.group(1) + "' (expected KEY=VALUE&...)");
                    example.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                last = "example";
            } else if ((m = SERIES.matcher(line)).matches()) {
                if (series != null) throw new IOException(file + ": more than one series line: " + line);
                series = new DateSeries(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5).strip());
                last = "series";
            } else if ((m = CONTINUATION.matcher(line)).matches() && "description".equals(last)) {
                description.append(' ').append(m.group(1).strip());
            } else if (line.matches("^#\\s*column:.*")) {
                throw new IOException(file + ": malformed column line: " + line
                        + " (expected '# column: NAME (" + typeLabels() + "): meaning')");
            } else if (line.matches("^#\\s*param:.*")) {
                throw new IOException(file + ": malformed parameter line: " + line
                        + " (expected '# param: NAME (date|party|treaty|entity|source|event-class|boolean|CHOICE|CHOICE…"
                        + "[, optional | , default VALUE]): meaning')");
            } else if (line.matches("^#\\s*series:.*")) {
                throw new IOException(file + ": malformed series line: " + line
                        + " (expected '# series: VAR (FROM, TO, STEP): meaning')");
            }
        }
        for (Parameter p : params) {
            if (RESERVED.contains(p.name())) throw new IOException(file + ": parameter '" + p.name()
                    + "' is reserved: every query takes " + String.join(" and ", new TreeSet<>(RESERVED)));
        }
        for (String key : example.keySet()) {
            if (!RESERVED.contains(key) && params.stream().noneMatch(p -> p.name().equals(key))) {
                throw new IOException(file + ": the example sets '" + key + "', which is not a parameter of the query");
            }
        }
        if (series != null) checkSeries(file, series, params);
        return new NamedQuery(name, title, description.toString(), List.copyOf(params), List.copyOf(columns),
                Collections.unmodifiableMap(example), Optional.ofNullable(series), text, QueryFactory.create(text));
    }

    private static String typeLabels() {
        return String.join("|", Arrays.stream(Column.Type.values()).map(Column.Type::label).toList());
    }

    /** The columns the query returns, in order: its projection. */
    public List<String> projection() {
        return query().getResultVars();
    }

    /** The example request's query string, percent-encoded (empty when the query needs no parameter). */
    public String exampleQueryString() {
        StringBuilder s = new StringBuilder();
        example.forEach((k, v) -> s.append(s.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    /** A series must be made of two declared dates and a declared year|month step, and bind a variable of its own. */
    private static void checkSeries(Path file, DateSeries s, List<Parameter> params) throws IOException {
        for (String p : List.of(s.from(), s.to())) {
            if (params.stream().noneMatch(x -> x.name().equals(p) && x.type() == Parameter.Type.DATE)) {
                throw new IOException(file + ": series " + s.variable() + ": '" + p + "' is not a declared date parameter");
            }
        }
        boolean stepOk = params.stream().anyMatch(x -> x.name().equals(s.step()) && x.type() == Parameter.Type.CHOICE
                && x.choices().stream().allMatch(DateSeries.Step::known));
        if (!stepOk) {
            throw new IOException(file + ": series " + s.variable() + ": '" + s.step()
                    + "' is not a declared parameter with the choices year|month");
        }
        if (params.stream().anyMatch(x -> x.name().equals(s.variable()))) {
            throw new IOException(file + ": series " + s.variable() + ": the series variable is also a parameter");
        }
    }

    /**
     * The query, a copy of its own: callers bind parameters into it, and a Query is not safe to
     * share between the threads that run it.
     */
    public Query query() {
        return parsed.cloneQuery();
    }

    /**
     * The declared parameters the query never uses: each would be silently ignored. A series
     * uses its own parameters; its variable must be used too, or it would be ignored in turn.
     */
    public List<String> unusedParameters() {
        Set<String> used = new HashSet<>();
        Op op = Algebra.compile(query());
        OpVars.mentionedVars(op).forEach(v -> used.add(v.getVarName()));
        // mentionedVars leaves out an OPTIONAL's own FILTER (the left join's condition).
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpLeftJoin j) {
                if (j.getExprs() != null) j.getExprs().getVarsMentioned().forEach(v -> used.add(v.getVarName()));
            }
        });
        series.ifPresent(s -> {
            if (used.contains(s.variable())) used.addAll(s.parameters());
        });
        return parameters.stream().map(Parameter::name).filter(n -> !used.contains(n)).toList();
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
