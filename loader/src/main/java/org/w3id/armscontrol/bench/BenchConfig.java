package org.w3id.armscontrol.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run measures and with what.
 *
 * @param root the project folder (its {@code build/CURRENT} is the build served)
 * @param dump the current build's dump (stock Fuseki's data, and the bench's own copy for binding parameters)
 * @param database the current build's TDB2 folder (copied for stock Fuseki)
 * @param queries the named queries
 * @param kgCommand how to run {@code ./kg} in a child process, up to the JVM options: java, then the rest
 * @param projectArgs options the children get after their command, so they see the project as this run
 *                    does (e.g. {@code --status-date}, which decides whether the build is current)
 * @param quick a smoke run: one client count, half a second per measurement, one start of each server
 * @param millis how long each load measurement sends requests (full run), in milliseconds
 * @param clients the concurrent client counts
 * @param startupRuns timed starts of each server
 * @param fusekiJar stock Fuseki's jar, when given; otherwise resolved from Maven
 * @param work a scratch folder, deleted afterwards
 * @param log progress lines
 */
public record BenchConfig(Path root, Path dump, Path database, Path queries, KgCommand kgCommand, List<String> projectArgs, boolean quick,
                          long millis, List<Integer> clients, int startupRuns, Optional<Path> fusekiJar, Path work,
                          PrintWriter log) {
    public void progress(String line) {
        log.println("bench: " + line);
        log.flush();
    }
}
