package org.w3id.armscontrol.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Parses one data file into its records, checking the sections and fields against {@link DataSchema}. */
public final class YamlFile {
    /** About 100 times the largest data file; a larger one is refused before it is read into memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private YamlFile() {}

    /**
     * @param path the file
     * @param displayName how the file is named in messages, e.g. {@code data/new-start.yaml}
     */
    public static List<YamlRecord> read(Path path, String displayName, Problems problems) {
        List<YamlRecord> records = new ArrayList<>();
        Location start = new Location(displayName, 1, 1);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(start, "file too large: " + size + " bytes, a data file may have at most " + MAX_BYTES + ": split it");
                return records;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(start, "cannot read file: " + e.getMessage());
            return records;
        }
        Optional<String> text = Utf8Text.decode(bytes, displayName, problems);
        if (text.isEmpty()) return records;
        Optional<Node> parsed = YamlDocument.parse(text.get(), displayName, problems);
        if (parsed.isEmpty()) return records;
        Node root = parsed.get();
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
