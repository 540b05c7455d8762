package org.w3id.armscontrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.armscontrol.KgCli;
import org.w3id.armscontrol.KgCli.Run;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.Problem;
import org.w3id.armscontrol.query.BadParameterException;
import org.w3id.armscontrol.wikidata.WikidataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Whatever a command throws becomes one line on standard error and the exit code of its kind. */
class ExitCodeTest {
    @TempDir Path tmp;

    /** A command that fails with the exception it is given. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        final Throwable failure;

        Fail(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) throw e;
            throw (Error) failure;
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new IllegalStateException("boom\n  on a second line"), Kg.EXIT_ENVIRONMENT,
                        "fail: internal error: java.lang.IllegalStateException: boom on a second line (set KG_DEBUG=1 to see where)"),
                Arguments.of(new StackOverflowError(), Kg.EXIT_ENVIRONMENT,
                        "fail: internal error: java.lang.StackOverflowError (set KG_DEBUG=1 to see where)"),
                Arguments.of(new NoSuchFileException("/nowhere/x.nq"), Kg.EXIT_ENVIRONMENT, "fail: no such file or folder: /nowhere/x.nq"),
                Arguments.of(new java.io.IOException("disk full"), Kg.EXIT_ENVIRONMENT, "fail: I/O error: disk full"),
                Arguments.of(new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("/root/build")),
                        Kg.EXIT_ENVIRONMENT, "fail: permission denied: /root/build"),
                Arguments.of(new QueryCancelledException(), Kg.EXIT_REMOTE, "fail: the query timed out"),
                Arguments.of(new WikidataException("wbgetentities: HTTP 500"), Kg.EXIT_REMOTE, "fail: wbgetentities: HTTP 500"),
                Arguments.of(new BadParameterException("date", "'2012-13-01' is not a date"), Kg.EXIT_USAGE,
                        "fail: parameter 'date': '2012-13-01' is not a date"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void anExceptionBecomesOneLineAndTheExitCodeOfItsKind(Throwable failure, int exit, String line) {
        StringWriter err = new StringWriter();
        assertEquals(exit, execute(new ErrorExits(false), failure, err));
        assertEquals(List.of(line), err.toString().lines().toList());
    }

    @Test
    void invalidDataIsEveryProblemAndExit1() {
        StringWriter err = new StringWriter();
        var bad = new InvalidInputException(List.of(new Problem(new Location("data/x.yaml", 3, 7), "no treaty has id 'nope'")));
        assertEquals(Kg.EXIT_INVALID_DATA, execute(new ErrorExits(false), bad, err));
        assertEquals(List.of("data/x.yaml:3:7: no treaty has id 'nope'", "1 problem; nothing was written."), err.toString().lines().toList());
    }

    @Test
    void debugAddsTheStackTraceAfterTheLine() {
        StringWriter err = new StringWriter();
        assertEquals(Kg.EXIT_ENVIRONMENT, execute(new ErrorExits(true), new IllegalStateException("boom"), err));
        List<String> lines = err.toString().lines().toList();
        assertEquals("fail: internal error: java.lang.IllegalStateException: boom (set KG_DEBUG=1 to see where)", lines.get(0));
        assertEquals("java.lang.IllegalStateException: boom", lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("at org.w3id.armscontrol.cli.ExitCodeTest.debugAddsTheStackTraceAfterTheLine")),
                err.toString());
    }

    @Test
    void anIoErrorInARealCommandIsOneLineAndExit4() throws Exception {
        TestProject p = TestProject.withData(tmp.resolve("project"), TestProject.resource("golden/bilateral-lifecycle/data"));
        // Something that is not a folder where the build folder belongs.
        Files.writeString(p.layout().buildDir(), "not a folder\n");
        Run r = KgCli.run("build", "--root", p.root.toString(), "--status-date", TestProject.STATUS_DATE.toString());
        assertEquals(Kg.EXIT_ENVIRONMENT, r.exit());
        assertEquals(List.of("kg build: in the way (already exists, of another kind?): " + p.layout().buildDir()), r.err().lines().toList());
        assertEquals("not a folder\n", Files.readString(p.layout().buildDir()), "the file in the way was changed");
    }

    @Test
    void exportToAMissingFolderIsABadOption() {
        TestProject p = TestProject.withData(tmp.resolve("project"), TestProject.resource("golden/bilateral-lifecycle/data"));
        Path out = tmp.resolve("no-such-folder").resolve("export.nq");
        Run r = KgCli.run("export", "--root", p.root.toString(), "--status-date", TestProject.STATUS_DATE.toString(),
                "--format", "nq", "--out", out.toString());
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertEquals(List.of("--out: there is no folder " + out.getParent()), r.err().lines().toList());
        assertFalse(Files.exists(p.layout().buildDir()), "it built before checking its options");
    }

    @Test
    void theHelpListsEveryExitCode() {
        Run r = KgCli.run("--help");
        assertEquals(0, r.exit());
        for (int code = 0; code <= Kg.EXIT_ENVIRONMENT; code++) {
            int c = code;
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(c + " ")), "exit code " + code + " missing from:\n" + r.out());
        }
    }

    private static int execute(ErrorExits handler, Throwable failure, StringWriter err) {
        CommandLine cmd = handler.installOn(new CommandLine(new Fail(failure)));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute();
    }
}
