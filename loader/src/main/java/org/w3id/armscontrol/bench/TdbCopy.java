package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.w3id.armscontrol.store.BuildStore;

/**
 * A copy of a build's TDB2 folder for stock Fuseki: TDB2 admits one process per database, and
 * the bench must not lock the user's build. Lock files are left behind.
 */
final class TdbCopy {
    private TdbCopy() {}

    static Path of(Path database, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(database)) {
            for (Path f : files.toList()) {
                Path target = into.resolve(database.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else if (!f.getFileName().toString().equals(BuildStore.TDB_LOCK)) Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return into;
    }
}
