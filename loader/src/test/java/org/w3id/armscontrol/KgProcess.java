package org.w3id.armscontrol;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./kg ARGS} as a child JVM on the test classpath, for what only another process can show:
 * locks held across processes, a second server, a build killed with {@code kill -9}. Its output
 * goes to files, so a chatty child never blocks on a full pipe.
 */
public final class KgProcess implements AutoCloseable {
    /** Short-lived JVMs start faster without the optimising compiler. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    private static final String MAIN = "org.w3id.armscontrol.cli.Kg";

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private KgProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code kg ARGS}; {@code logs} is a folder for its output files (made if missing). */
    public static KgProcess start(Path logs, Map<String, String> env, String... args) {
        try {
            Files.createDirectories(logs);
            Path out = Files.createTempFile(logs, "kg-", ".out");
            Path err = Files.createTempFile(logs, "kg-", ".err");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(JVM_OPTIONS);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(MAIN);
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            return new KgProcess(pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KgProcess start(Path logs, String... args) {
        return start(logs, Map.of(), args);
    }

    public String out() {
        return read(stdout);
    }

    public String err() {
        return read(stderr);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The first match of {@code pattern} in standard output, waiting for it; fails if the process ends first or time runs out. */
    public Matcher awaitOut(Pattern pattern, Duration timeout) {
        Matcher[] found = new Matcher[1];
        await(() -> {
            Matcher m = pattern.matcher(out());
            if (m.find()) found[0] = m;
            return found[0] != null;
        }, timeout, "standard output to match " + pattern);
        return found[0];
    }

    /** Waits until {@code condition} holds; fails if the process ends first or time runs out. */
    public void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() && !condition.getAsBoolean()) {
                throw new AssertionError("kg exited (" + process.exitValue() + ") before " + what + "\nout: " + out() + "\nerr: " + err());
            }
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what + "\nout: " + out() + "\nerr: " + err());
            sleep(10);
        }
    }

    /** The exit code, waiting at most {@code timeout}. */
    public int exit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kg did not finish in " + timeout + "\nout: " + out() + "\nerr: " + err());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no finally block runs. */
    public void kill() {
        process.destroyForcibly();
        exit(Duration.ofSeconds(30));
    }

    /** Stops it (SIGTERM, then SIGKILL if it lingers). */
    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String read(Path p) {
        try {
            // Not readString: the child may be half-way through a multi-byte character.
            return new String(Files.readAllBytes(p), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
