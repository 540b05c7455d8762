package org.w3id.armscontrol.cli;

import java.util.concurrent.Callable;
import org.w3id.armscontrol.data.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Check data/ and the ontology (references, SHACL shapes, violation queries); write nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try {
            var kg = project.pipeline().load();
            spec.commandLine().getOut().println("Valid: " + kg.facts().size() + " facts, " + kg.derived().size()
                    + " derived, " + kg.ontology().size() + " ontology triples.");
            return Kg.EXIT_OK;
        } catch (InvalidInputException e) {
            ProjectOptions.report(e, spec.commandLine().getErr());
            return Kg.EXIT_INVALID_DATA;
        }
    }
}
