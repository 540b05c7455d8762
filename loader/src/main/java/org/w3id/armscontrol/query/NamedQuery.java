package org.w3id.armscontrol.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;

/**
 * A query file of {@code queries/} with its header: a title, a description, and its
 * parameters. Parameters are never pasted into the text; they are bound as RDF terms.
 */
public record NamedQuery(String name, String title, String description, List<Parameter> parameters, String text) {
    private static final Pattern TITLE = Pattern.compile("^#\\s*title:\\s*(.+)$");
    private static final Pattern DESCRIPTION = Pattern.compile("^#\\s*description:\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\((date|party|treaty|entity)(?:,\\s*(optional|default\\s+(\\S+)))?\\)\\s*:\\s*(.+)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(.+)$");

    public static NamedQuery read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String title = name;
        StringBuilder description = new StringBuilder();
        List<Parameter> params = new ArrayList<>();
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
                params.add(new Parameter(m.group(1), Parameter.Type.valueOf(m.group(2).toUpperCase()),
                        !optional && dflt == null, dflt, m.group(5).strip()));
                last = "param";
            } else if ((m = CONTINUATION.matcher(line)).matches() && "description".equals(last)) {
                description.append(' ').append(m.group(1).strip());
            } else if (line.matches("^#\\s*param:.*")) {
                throw new IOException(file + ": malformed parameter line: " + line
                        + " (expected '# param: NAME (date|party|treaty|entity[, optional | , default VALUE]): meaning')");
            }
        }
        return new NamedQuery(name, title, description.toString(), List.copyOf(params), text);
    }

    public Query query() {
        return QueryFactory.create(text);
    }

    /** The declared parameters the query never uses: each would be silently ignored. */
    public List<String> unusedParameters() {
        Set<String> used = new HashSet<>();
        OpVars.mentionedVars(Algebra.compile(query())).forEach(v -> used.add(v.getVarName()));
        return parameters.stream().map(Parameter::name).filter(n -> !used.contains(n)).toList();
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
