package org.w3id.armscontrol.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Parses one data file into its records, checking the sections and fields against {@link DataSchema}. */
public final class YamlFile {
    private YamlFile() {}

    /**
     * @param path the file
     * @param displayName how the file is named in messages, e.g. {@code data/new-start.yaml}
     */
    public static List<YamlRecord> read(Path path, String displayName, Problems problems) {
        List<YamlRecord> records = new ArrayList<>();
        Node root;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(in);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location where = m == null ? new Location(displayName, 1, 1) : new Location(displayName, m.getLine() + 1, m.getColumn() + 1);
            Mark ctx = e.getContextMark();
            String context = e.getContext() == null || ctx == null ? ""
                    : " (" + e.getContext() + " started at " + (ctx.getLine() + 1) + ":" + (ctx.getColumn() + 1) + ")";
            problems.add(where, "malformed YAML: " + e.getProblem() + context);
            return records;
        } catch (IOException | RuntimeException e) {
            problems.add(new Location(displayName, 1, 1), "cannot read file: " + e.getMessage());
            return records;
        }
        if (root == null) return records; // an empty file holds no facts
        if (!(root instanceof MappingNode top)) {
            problems.add(loc(displayName, root), "a data file must be a mapping of sections (sources:, events:, ...)");
            return records;
        }
        for (NodeTuple t : top.getValue()) {
            String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            DataSchema.Section section = DataSchema.SECTIONS.get(name);
            if (section == null) {
                problems.add(loc(displayName, t.getKeyNode()),
                        "unknown section '" + name + "' (known: " + String.join(", ", DataSchema.SECTIONS.keySet()) + ")");
                continue;
            }
            if (!(t.getValueNode() instanceof SequenceNode seq)) {
                problems.add(loc(displayName, t.getValueNode()), "section '" + name + "' must be a list of records");
                continue;
            }
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode map)) {
                    problems.add(loc(displayName, item), "a record in '" + name + "' must be a mapping of fields");
                    continue;
                }
                YamlRecord r = new YamlRecord(displayName, name, map, problems);
                for (String field : r.fieldNames()) {
                    if (!section.fields().contains(field)) {
                        problems.add(r.keyLocation(field), "unknown field '" + field + "' in " + name);
                    }
                }
                records.add(r);
            }
        }
        return records;
    }

    private static Location loc(String file, Node n) {
        Mark m = n.getStartMark();
        return new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }
}
