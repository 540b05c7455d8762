package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stock Fuseki's jar ({@code org.apache.jena:jena-fuseki-server}, the Jena version we run), which
 * also holds {@code tdb2.tdbloader}: from the local Maven repository, or fetched there by Maven at
 * bench time. Never part of the project.
 */
public final class StockFusekiJar {
    private StockFusekiJar() {}

    /**
     * The Jena version of the pom ({@code jena.version}): stock Fuseki must be the release we run.
     * Spelt here because the runnable jar's shading drops Jena's own version resource
     * ({@code Jena.VERSION} reads "&lt;development&gt;" there); a test checks it against Jena's.
     */
    public static final String VERSION = "5.6.0";

    private static final String NAME = "jena-fuseki-server-" + VERSION + ".jar";

    /** The jar in the local Maven repository, if it is there. */
    public static Optional<Path> local() {
        Path jar = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "apache", "jena",
                "jena-fuseki-server", VERSION, NAME);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** The jar, resolving it with Maven into {@code libDir} if the local repository lacks it; empty if neither works. */
    public static Optional<Path> find(Path libDir) throws InterruptedException {
        Optional<Path> local = local();
        if (local.isPresent()) return local;
        Path copied = libDir.resolve(NAME);
        if (Files.isRegularFile(copied)) return Optional.of(copied);
        try {
            Files.createDirectories(libDir);
            Process p = new ProcessBuilder("mvn", "-q", "-B", "dependency:copy",
                    "-Dartifact=org.apache.jena:jena-fuseki-server:" + VERSION, "-DoutputDirectory=" + libDir)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Files.isRegularFile(copied) ? Optional.of(copied) : Optional.empty();
    }
}
