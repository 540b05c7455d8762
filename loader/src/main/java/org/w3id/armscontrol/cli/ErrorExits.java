package org.w3id.armscontrol.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.query.BadParameterException;
import org.w3id.armscontrol.wikidata.WikidataException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * What a command that fails with an exception prints and exits with: one line on standard error
 * (every data problem, for invalid data) and the exit code of its kind, never a stack trace,
 * unless the environment variable {@value #DEBUG} is set to something other than 0.
 */
final class ErrorExits implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
    static final String DEBUG = "KG_DEBUG";

    private final boolean stackTraces;

    /** {@code stackTraces}: print the stack trace after the line (for a developer chasing a bug). */
    ErrorExits(boolean stackTraces) {
        this.stackTraces = stackTraces;
    }

    /** Stack traces as the environment asks: {@value #DEBUG} set, and not to 0. */
    static ErrorExits fromEnvironment() {
        String debug = System.getenv(DEBUG);
        return new ErrorExits(debug != null && !debug.isBlank() && !debug.equals("0"));
    }

    /** Makes {@code cmd} (and its subcommands) fail this way. */
    CommandLine installOn(CommandLine cmd) {
        IExecutionStrategy runLast = new CommandLine.RunLast();
        // picocli lets an Error (StackOverflowError, OutOfMemoryError) escape execute(); hand it over too.
        return cmd.setExecutionExceptionHandler(this).setExitCodeExceptionMapper(this).setExecutionStrategy(parsed -> {
            try {
                return runLast.execute(parsed);
            } catch (Error e) {
                List<CommandLine> chosen = parsed.asCommandLineList();
                throw new CommandLine.ExecutionException(chosen.get(chosen.size() - 1), e.toString(), e);
            }
        });
    }

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof InvalidInputException) return Kg.EXIT_INVALID_DATA;
        if (t instanceof BadParameterException) return Kg.EXIT_USAGE;
        if (t instanceof QueryCancelledException || t instanceof WikidataException) return Kg.EXIT_REMOTE;
        return Kg.EXIT_ENVIRONMENT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        // picocli hands an Error over wrapped in its ExecutionException.
        Throwable t = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        PrintWriter err = cmd.getErr();
        if (t instanceof InvalidInputException bad) {
            ProjectOptions.report(bad, err);
        } else {
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + describe(t).replaceAll("\\s*\\R\\s*", " "));
        }
        if (stackTraces) t.printStackTrace(err);
        err.flush();
        return getExitCode(t);
    }

    /** One line saying what went wrong, for a reader who does not know the code. */
    static String describe(Throwable t) {
        BindException bind = cause(t, BindException.class);
        if (bind != null) return "cannot listen: " + bind.getMessage();
        if (t instanceof UncheckedIOException u) t = u.getCause();
        if (t instanceof NoSuchFileException f) return "no such file or folder: " + f.getFile();
        if (t instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (t instanceof FileAlreadyExistsException f) return "in the way (already exists, of another kind?): " + f.getFile();
        if (t instanceof FileSystemException f) {
            return "cannot use " + f.getFile() + (f.getReason() != null ? ": " + f.getReason() : "");
        }
        if (t instanceof InterruptedIOException) return "interrupted: " + t.getMessage();
        if (t instanceof IOException) return "I/O error: " + t.getMessage();
        if (t instanceof QueryCancelledException) return "the query timed out";
        if (t instanceof OutOfMemoryError) return "out of memory (the heap cap is set by -Xmx in KG_JAVA_OPTS)";
        if (t.getMessage() != null && (t instanceof BadParameterException || t instanceof WikidataException)) return t.getMessage();
        return "internal error: " + t + " (set " + DEBUG + "=1 to see where)";
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> kind) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (kind.isInstance(c)) return kind.cast(c);
        }
        return null;
    }
}
