package org.w3id.armscontrol;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.w3id.armscontrol.cli.Kg;

/** {@code ./kg ARGS} run in process through picocli, capturing everything it prints. */
public final class KgCli {
    private KgCli() {}

    public record Run(int exit, String out, String err, byte[] stdout) {
        public String stdoutText() { return new String(stdout, UTF_8); }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        // System.out is replaced before the CommandLine is made: picocli's default execution
        // strategy remembers System.out when it is created and, if System.out differs at
        // execute(), re-points getOut() to the remembered stream, undoing setOut().
        System.setOut(new PrintStream(stdout, true, UTF_8));
        try {
            var cmd = Kg.commandLine();
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            exit = cmd.execute(args);
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return new Run(exit, out.toString(), err.toString(), stdout.toByteArray());
    }
}
