package org.w3id.armscontrol.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.armscontrol.rdf.KnowledgeGraph;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Prov;

/**
 * Finds the input line a resource came from, so that a rule broken anywhere in the graph is
 * reported as {@code file:line:col}. Data resources know their record; derived ones are traced
 * back through what they were derived from; ontology terms are found in the ontology's text.
 */
public final class Locator {
    private final KnowledgeGraph kg;
    private final Map<String, List<String>> ontologyFiles;

    /** @param ontologyFiles each ontology file's display name and its lines */
    public Locator(KnowledgeGraph kg, Map<String, List<String>> ontologyFiles) {
        this.kg = kg;
        this.ontologyFiles = ontologyFiles;
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    public Location locate(Node node) {
        return find(node, new HashSet<>()).orElseGet(() -> inOntology(node).orElse(new Location("data", 1, 1)));
    }

    private Optional<Location> find(Node node, Set<Node> seen) {
        if (node == null || !seen.add(node)) return Optional.empty();
        Location l = kg.origins().get(node);
        if (l != null) return Optional.of(l);
        for (Node via : new Node[] {Prov.wasDerivedFrom, AC.treaty}) {
            for (Triple t : kg.derived().find(node, via, Node.ANY).toList()) {
                Optional<Location> f = find(t.getObject(), seen);
                if (f.isPresent()) return f;
            }
        }
        return Optional.empty();
    }

    private Optional<Location> inOntology(Node node) {
        if (!node.isURI()) return Optional.empty();
        String iri = node.getURI();
        String prefixed = iri.startsWith(AC.NS) ? "ac:" + iri.substring(AC.NS.length()) : null;
        for (var e : ontologyFiles.entrySet()) {
            List<String> lines = e.getValue();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int col = line.indexOf("<" + iri + ">");
                if (col < 0 && prefixed != null && (line.startsWith(prefixed + " ") || line.equals(prefixed))) col = 0;
                if (col >= 0) return Optional.of(new Location(e.getKey(), i + 1, col + 1));
            }
        }
        return Optional.empty();
    }
}
