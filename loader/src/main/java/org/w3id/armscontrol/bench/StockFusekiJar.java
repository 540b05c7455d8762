package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds {@code org.apache.jena:jena-fuseki-server} at bench time: the local Maven repository if it
 * is there, otherwise {@code mvn dependency:copy} into the bench's folder. Never committed.
 */
public final class StockFusekiJar {
    /**
     * The Jena version of the pom ({@code jena.version}): stock Fuseki must be the release we run.
     * Spelt here because the runnable jar's shading drops Jena's own version resource
     * ({@code Jena.VERSION} reads "&lt;development&gt;" there); a test checks it against Jena's.
     */
    public static final String VERSION = "5.6.0";
    private static final String ARTIFACT = "org.apache.jena:jena-fuseki-server:" + VERSION;
    private static final String FILE = "jena-fuseki-server-" + VERSION + ".jar";

    private StockFusekiJar() {}

    public static Path resolve(Path into) throws IOException, InterruptedException {
        Optional<Path> local = local();
        if (local.isPresent()) return local.get();
        Path target = into.resolve(FILE);
        if (Files.isRegularFile(target)) return target;
        Files.createDirectories(into);
        Path log = into.resolve("mvn-dependency-copy.log");
        Process p = new ProcessBuilder("mvn", "-q", "-B", "-ntp", "dependency:copy", "-Dartifact=" + ARTIFACT,
                "-DoutputDirectory=" + into.toAbsolutePath()).directory(into.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
        if (p.exitValue() != 0 || !Files.isRegularFile(target)) {
            throw new IOException("cannot get " + ARTIFACT + " with mvn dependency:copy (see " + log
                    + "); give the jar with --fuseki-jar");
        }
        return target;
    }

    /** The jar in the local Maven repository, if it is there. */
    public static Optional<Path> local() {
        Path jar = localRepository().resolve("org/apache/jena/jena-fuseki-server/" + VERSION + "/" + FILE);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** {@link #resolve}, or empty when Maven cannot get the jar. */
    public static Optional<Path> find(Path into) throws InterruptedException {
        try {
            return Optional.of(resolve(into));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path localRepository() {
        String set = System.getProperty("maven.repo.local");
        return set != null ? Path.of(set) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
