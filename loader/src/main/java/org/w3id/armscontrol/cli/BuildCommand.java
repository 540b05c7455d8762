package org.w3id.armscontrol.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.armscontrol.build.Builder;
import org.w3id.armscontrol.data.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = "Validate data/ and build the dump and the TDB2 database (only when inputs changed, unless --force). "
        + "One build runs at a time: another waits for it.")
final class BuildCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Option(names = "--force", description = "Rebuild even if the current build is up to date.")
    boolean force;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            Builder.Result r = project.builder().build(force);
            Path build = r.build();
            spec.commandLine().getOut().println(r.built() ? "Built " + build + " (dump: " + project.store().dump(build) + ")"
                    : "Up to date: " + build);
            return Kg.EXIT_OK;
        } catch (InvalidInputException e) {
            ProjectOptions.report(e, spec.commandLine().getErr());
            return Kg.EXIT_INVALID_DATA;
        }
    }
}
