package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.armscontrol.store.BuildStore;

/**
 * A project of the bench's own for one {@code ./kg serve}: a copy of the project's inputs and of its
 * current build, which the server finds up to date. TDB2 admits one process per database, so of
 * two servers on one build the second would serve the dump from memory (another engine, after
 * reading it whole); and the bench never locks the user's build.
 */
final class ServedCopy {
    private ServedCopy() {}

    /** The copy named {@code name} in the run's scratch folder, made on first use. */
    static Path in(BenchConfig config, String name) throws IOException {
        Path into = config.work().resolve(name);
        if (Files.isDirectory(into)) return into;
        ProjectCopy.of(config.root(), into);
        // config.database() is the build's TDB2 folder, inside the build's own folder; the copy's
        // build store is its build/ folder, where ProjectLayout.buildDir puts it (the build layer
        // sits beside this one, so it is named here).
        new BuildStore(into.resolve("build")).installCopy(config.database().getParent());
        return into;
    }
}
