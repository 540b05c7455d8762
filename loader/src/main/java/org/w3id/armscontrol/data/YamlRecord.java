package org.w3id.armscontrol.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One record of a data file (a YAML mapping), read field by field. Every accessor reports a
 * problem at the exact place in the file when a value is missing or malformed, and returns
 * empty so that reading can go on and find the other problems too.
 */
public final class YamlRecord {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final String section;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    YamlRecord(String file, String section, MappingNode node, Problems problems) {
        this.file = file;
        this.section = section;
        this.node = node;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problems.add(at(t.getKeyNode()), "a field name must be a plain word");
                continue;
            }
            fields.putIfAbsent(key.getValue(), t); // a second one is reported as a duplicate key by YamlDocument
        }
    }

    public String file() { return file; }

    public String section() { return section; }

    /** Where the record starts. */
    public Location location() { return at(node); }

    /** Where a field's value starts, or the record's start if the field is absent. */
    public Location location(String field) {
        NodeTuple t = fields.get(field);
        return t == null ? location() : at(t.getValueNode());
    }

    public boolean has(String field) { return fields.containsKey(field); }

    public Set<String> fieldNames() { return fields.keySet(); }

    public Location keyLocation(String field) { return at(fields.get(field).getKeyNode()); }

    public void problem(String field, String message) { problems.add(location(field), message); }

    /** The record's id, checked to be a slug. */
    public Optional<String> id() {
        Optional<String> id = string("id", true);
        if (id.isPresent() && !SLUG.matcher(id.get()).matches()) {
            problem("id", "id '" + id.get() + "' must be lower-case kebab-case (a-z, 0-9 and single hyphens)");
            return Optional.empty();
        }
        return id;
    }

    public Optional<String> string(String field, boolean required) {
        NodeTuple t = fields.get(field);
        if (t == null) {
            if (required) problems.add(location(), "missing required field '" + field + "'");
            return Optional.empty();
        }
        return scalar(t.getValueNode(), field);
    }

    private Optional<String> scalar(Node value, String field) {
        // A plain ~ or null is YAML's null, not the text "null".
        if (value instanceof ScalarNode s && !s.getValue().isBlank() && !Tag.NULL.equals(s.getTag())) return Optional.of(s.getValue().strip());
        problems.add(at(value), "field '" + field + "' must be a single non-empty value");
        return Optional.empty();
    }

    /** A list of plain values, each with its own location. */
    public List<Located<String>> strings(String field, boolean required) {
        List<Located<String>> out = new ArrayList<>();
        NodeTuple t = fields.get(field);
        if (t == null) {
            if (required) problems.add(location(), "missing required field '" + field + "'");
            return out;
        }
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            problems.add(at(t.getValueNode()), "field '" + field + "' must be a list, e.g. [a, b]");
            return out;
        }
        if (required && seq.getValue().isEmpty()) problems.add(at(seq), "field '" + field + "' must not be empty");
        for (Node item : seq.getValue()) scalar(item, field).ifPresent(v -> out.add(new Located<>(v, at(item))));
        return out;
    }

    /** A language map {@code {en: "...", zh: "..."}}. */
    public Map<String, String> text(String field, boolean required, String... requiredLanguages) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeTuple t = fields.get(field);
        if (t == null) {
            if (required) problems.add(location(), "missing required field '" + field + "'");
            return out;
        }
        if (!(t.getValueNode() instanceof MappingNode map)) {
            problems.add(at(t.getValueNode()), "field '" + field + "' must be a language map, e.g. {en: \"...\", zh: \"...\"}");
            return out;
        }
        for (NodeTuple lt : map.getValue()) {
            Optional<String> lang = scalar(lt.getKeyNode(), field);
            Optional<String> value = scalar(lt.getValueNode(), field);
            if (lang.isPresent() && !lang.get().matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
                problems.add(at(lt.getKeyNode()), "'" + lang.get() + "' is not a language tag");
            } else if (lang.isPresent() && value.isPresent()) {
                out.put(lang.get(), value.get());
            }
        }
        for (String lang : requiredLanguages) {
            if (!out.containsKey(lang)) problems.add(at(map), "field '" + field + "' needs a '" + lang + "' text");
        }
        return out;
    }

    public Optional<PartialDate> date(String field, boolean required) {
        Optional<String> s = string(field, required);
        if (s.isEmpty()) return Optional.empty();
        String[] error = new String[1];
        Optional<PartialDate> d = PartialDate.parse(s.get(), error);
        if (d.isEmpty()) problem(field, error[0]);
        return d;
    }

    public Optional<Long> wholeNumber(String field, boolean required) {
        Optional<String> s = string(field, required);
        if (s.isEmpty()) return Optional.empty();
        String digits = s.get().replace("_", "");
        if (!digits.matches("\\d{1,15}")) {
            problem(field, "field '" + field + "' must be a whole number ≥ 0, not '" + s.get() + "'");
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /** The raw node of a nested field, for structures such as {@code sources}. */
    public Optional<Node> node(String field) {
        NodeTuple t = fields.get(field);
        return t == null ? Optional.empty() : Optional.of(t.getValueNode());
    }

    /** A nested mapping, read as a record of its own. */
    public YamlRecord nested(MappingNode map) {
        return new YamlRecord(file, section, map, problems);
    }

    public Location at(Node n) {
        Mark m = n.getStartMark();
        return new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** A value with the place it was read from. */
    public record Located<T>(T value, Location location) {}
}
