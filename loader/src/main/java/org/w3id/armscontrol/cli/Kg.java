package org.w3id.armscontrol.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./kg}: build, validate, serve, query and export the Arms Control knowledge graph. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "Arms Control KG 0.1.0",
        description = "Arms Control KG: an open knowledge graph of nuclear arms control.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, WikidataCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the data has problems (each printed as file:line:col: message)",
                "2:bad command line or query parameter",
                "3:a query timed out, or Wikidata could not be asked or answered badly",
                "4:the environment or an internal error: port in use, I/O error, unexpected failure "
                        + "(one line; KG_DEBUG=1 adds the stack trace)"})
public final class Kg implements Runnable {
    // Every command exits with one of these; ErrorExits maps an exception to its kind.
    public static final int EXIT_OK = 0;
    public static final int EXIT_INVALID_DATA = 1;
    public static final int EXIT_USAGE = 2;
    /** A query timed out, or a remote service (Wikidata) failed. */
    public static final int EXIT_REMOTE = 3;
    /** Not the user's input: a port in use, an I/O error, an unexpected exception. */
    public static final int EXIT_ENVIRONMENT = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        // picocli already exits with 2 (EXIT_USAGE) on a bad command line.
        return ErrorExits.fromEnvironment().installOn(new CommandLine(new Kg()));
    }
}
