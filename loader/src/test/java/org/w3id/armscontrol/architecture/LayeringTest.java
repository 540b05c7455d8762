package org.w3id.armscontrol.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.TestProject;

/**
 * The loader's packages in layers, as the README's layout section draws them: a package may use
 * only packages of lower layers, never one of its own layer or above, so there are no cycles
 * and each stage can be read without the ones after it.
 */
class LayeringTest {
    /** Layer of each package under org.w3id.armscontrol. */
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("vocab", 0),
            Map.entry("data", 1),
            Map.entry("rdf", 2),
            Map.entry("map", 3), Map.entry("derive", 3), Map.entry("validate", 3), Map.entry("store", 3), Map.entry("query", 3),
            Map.entry("build", 4), Map.entry("server", 4), Map.entry("wikidata", 4), Map.entry("bench", 4),
            Map.entry("cli", 5));

    static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.w3id\\.armscontrol\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void everyPackageUsesOnlyLowerLayers() throws IOException {
        Path root = TestProject.repository().resolve("loader/src/main/java/org/w3id/armscontrol");
        List<String> wrong = new ArrayList<>();
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f.getParent()).toString();
                packages.add(pkg);
                Integer layer = LAYER.get(pkg);
                if (layer == null) continue;
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (used.equals(pkg)) continue;
                    Integer usedLayer = LAYER.get(used);
                    if (usedLayer == null || usedLayer >= layer) wrong.add(pkg + "/" + f.getFileName() + " uses " + used);
                }
            }
        }
        assertEquals(new TreeSet<>(LAYER.keySet()), packages, "a package was added or removed: place it in a layer (and the README)");
        assertEquals(List.of(), wrong);
    }
}
