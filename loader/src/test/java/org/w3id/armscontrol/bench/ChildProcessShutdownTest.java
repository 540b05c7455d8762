package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bench stopped from outside (Ctrl-C, kill) stops the servers it started: a JVM that started
 * a child with {@link ChildProcess} is sent SIGTERM, and the child must be gone soon after.
 */
class ChildProcessShutdownTest {

    /** Run in its own JVM by the test: starts a long sleep as a ChildProcess, prints its pid, and waits. */
    public static void main(String[] args) throws Exception {
        ChildProcess child = ChildProcess.start("sleeper", List.of("sleep", "300"), Path.of(args[0]));
        System.out.println(child.process.pid());
        System.out.flush();
        Thread.sleep(300_000);
    }

    @Test
    void aStoppedBenchStopsItsChildren(@TempDir Path logs) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process bench = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ChildProcessShutdownTest.class.getName(), logs.toString()).redirectErrorStream(true).start();
        try {
            String line;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(bench.getInputStream(), StandardCharsets.UTF_8))) {
                line = r.readLine();
            }
            assertNotNull(line, "the stand-in bench printed no pid");
            ProcessHandle sleeper = ProcessHandle.of(Long.parseLong(line.trim())).orElseThrow();
            assertTrue(sleeper.isAlive(), "the child should run while the bench runs");

            bench.destroy(); // SIGTERM, as kill or a terminal's hang-up sends
            assertTrue(bench.waitFor(30, TimeUnit.SECONDS), "the stand-in bench did not stop");
            sleeper.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(sleeper.isAlive(), "the child outlived the bench");
        } finally {
            bench.destroyForcibly();
        }
    }
}
