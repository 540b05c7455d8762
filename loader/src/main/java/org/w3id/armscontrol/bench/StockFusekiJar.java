package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds {@code org.apache.jena:jena-fuseki-server} at bench time: the local Maven repository if it
 * is there, otherwise {@code mvn dependency:copy} into the bench's folder. Never committed.
 */
final class StockFusekiJar {
    static final String VERSION = "5.6.0";
    private static final String ARTIFACT = "org.apache.jena:jena-fuseki-server:" + VERSION;
    private static final String FILE = "jena-fuseki-server-" + VERSION + ".jar";

    private StockFusekiJar() {}

    static Path resolve(Path into) throws IOException, InterruptedException {
        Path local = localRepository().resolve("org/apache/jena/jena-fuseki-server/" + VERSION + "/" + FILE);
        if (Files.isRegularFile(local)) return local;
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

    private static Path localRepository() {
        String set = System.getProperty("maven.repo.local");
        return set != null ? Path.of(set) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
