package org.w3id.armscontrol.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.store.BuildStore;
import org.w3id.armscontrol.store.GraphExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = "Write the built graph: nq (sorted) and trig hold the three named graphs; ttl holds their union; jsonld holds the named graphs plus their union as the default graph.")
final class ExportCommand implements Callable<Integer> {
    enum Format { nq, trig, ttl, jsonld }

    @Mixin ProjectOptions project;

    @Option(names = "--format", required = true, description = "nq, trig, ttl or jsonld.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            spec.commandLine().getErr().println("--out: there is no folder " + out.toAbsolutePath().getParent());
            return Kg.EXIT_USAGE;
        }
        Path build;
        try {
            build = project.builder().ensureBuilt();
        } catch (InvalidInputException e) {
            ProjectOptions.report(e, spec.commandLine().getErr());
            return Kg.EXIT_INVALID_DATA;
        }
        if (out == null) {
            project.store().whileHeld(build, dump -> write(dump, System.out));
            System.out.flush();
        } else {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export-", ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                project.store().whileHeld(build, dump -> write(dump, o));
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return Kg.EXIT_OK;
    }

    private Void write(Path dump, OutputStream o) throws java.io.IOException {
        if (format == Format.nq) {
            Files.copy(dump, o);
            return null;
        }
        GraphExport.write(BuildStore.readDump(dump), GraphExport.Format.valueOf(format.name()), o);
        return null;
    }
}
