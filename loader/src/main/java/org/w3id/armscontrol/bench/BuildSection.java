package org.w3id.armscontrol.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./kg build --force} on a copy of the project: wall time and the child's peak resident
 * memory (VmHWM from /proc, read until it exits). Stock Fuseki builds nothing, so there is no
 * ratio; the numbers are a baseline for later runs.
 */
public final class BuildSection implements Section {
    @Override
    public String name() {
        return "build";
    }

    @Override
    public SectionResult run(BenchConfig config) throws Exception {
        Path copy = ProjectCopy.of(config.root(), Files.createDirectories(config.work().resolve("build-copy")));
        config.progress("build: ./kg build --force on a copy of the project");
        long start = System.nanoTime();
        long peakKb = 0;
        int exit;
        try (ChildProcess p = ChildProcess.start("kg-build", config.kgCommand().command(List.of(KgCommand.LAUNCHER_HEAP),
                Stream.concat(Stream.of("build", "--force", "--root", copy.toString()),
                        config.projectArgs().stream()).toList()), config.work().resolve("logs"))) {
            while (!p.process.waitFor(20, TimeUnit.MILLISECONDS)) {
                OptionalLong rss = p.peakRssKb();
                if (rss.isPresent()) peakKb = Math.max(peakKb, rss.getAsLong());
            }
            exit = p.process.exitValue();
            if (exit != 0) throw new java.io.IOException("./kg build --force failed on the copy (exit " + exit + "):\n" + p.errTail());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new SectionResult("Build", "`./kg build --force` (the launcher's " + KgCommand.LAUNCHER_HEAP
                + ") on a fresh copy of ontology/, data/ and queries/: wall time, and peak resident memory (VmHWM, read "
                + "every 20 ms until the process exits). No ratio: stock Fuseki has no build step.",
                new Table(List.of("command", "time s", "peak RSS MB"),
                        List.of(List.of("./kg build --force", Numbers.fixed(seconds, 1), Numbers.fixed(peakKb / 1024.0, 0)))),
                List.of());
    }
}
