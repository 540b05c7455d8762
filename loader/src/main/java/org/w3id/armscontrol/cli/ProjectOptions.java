package org.w3id.armscontrol.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.w3id.armscontrol.build.Builder;
import org.w3id.armscontrol.build.Pipeline;
import org.w3id.armscontrol.build.ProjectLayout;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.data.Problem;
import org.w3id.armscontrol.store.BuildStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command shares: where the project is, and the day "status" is computed for. */
final class ProjectOptions {
    @Option(names = "--root", defaultValue = ".", description = "The project folder (default: the current folder).")
    Path root;

    @Option(names = "--status-date", description = "The day the derived status is computed for (default: today).")
    LocalDate statusDate;

    /** The command these options belong to, for its standard error. */
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    ProjectLayout layout() {
        return new ProjectLayout(root);
    }

    Pipeline pipeline() {
        return new Pipeline(layout(), statusDate != null ? statusDate : LocalDate.now());
    }

    BuildStore store() {
        return new BuildStore(layout().buildDir());
    }

    /** A builder that says so when it waits for another build to finish. */
    Builder builder() {
        return new Builder(pipeline(), store(), () -> {
            PrintWriter err = command.commandLine().getErr();
            err.println(command.qualifiedName() + ": another build is running (" + layout().display(store().buildLock())
                    + " is locked); waiting for it to finish");
            err.flush();
        });
    }

    static void report(InvalidInputException e, PrintWriter err) {
        for (Problem p : e.problems()) err.println(p);
        err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing was written.");
        err.flush();
    }
}
