package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A copy of a project's inputs (ontology/, data/, queries/), so a timed build never touches the user's build/. */
final class ProjectCopy {
    static final List<String> INPUTS = List.of("ontology", "data", "queries");

    private ProjectCopy() {}

    static Path of(Path root, Path into) throws IOException {
        for (String dir : INPUTS) {
            Path from = root.resolve(dir);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path target = into.resolve(dir).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(target);
                    else Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return into;
    }
}
