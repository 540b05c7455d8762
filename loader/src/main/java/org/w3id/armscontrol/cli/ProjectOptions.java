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
import picocli.CommandLine.Option;

/** Options every command shares: where the project is, and the day "status" is computed for. */
final class ProjectOptions {
    @Option(names = "--root", defaultValue = ".", description = "The project folder (default: the current folder).")
    Path root;

    @Option(names = "--status-date", description = "The day the derived status is computed for (default: today).")
    LocalDate statusDate;

    ProjectLayout layout() {
        return new ProjectLayout(root);
    }

    Pipeline pipeline() {
        return new Pipeline(layout(), statusDate != null ? statusDate : LocalDate.now());
    }

    BuildStore store() {
        return new BuildStore(layout().buildDir());
    }

    Builder builder() {
        return new Builder(pipeline(), store());
    }

    static void report(InvalidInputException e, PrintWriter err) {
        for (Problem p : e.problems()) err.println(p);
        err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing was written.");
        err.flush();
    }
}
