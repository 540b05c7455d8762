package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process the bench started, its output in files (so a chatty child never blocks on a full
 * pipe). Stopping it ends it and its own children only.
 */
final class ChildProcess implements AutoCloseable {
    private static final Pattern HWM = Pattern.compile("^VmHWM:\\s+(\\d+)\\s+kB", Pattern.MULTILINE);

    final Process process;
    final Path out;
    final Path err;
    private final String name;
    /** Stops the child if the bench itself is stopped (Ctrl-C, kill): no server outlives the run. */
    private final Thread onExit;

    private ChildProcess(String name, Process process, Path out, Path err) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.err = err;
        this.onExit = new Thread(this::stop, "stop " + name);
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    static ChildProcess start(String name, List<String> command, Path logs) throws IOException {
        return start(name, command, logs, null);
    }

    /** @param directory its working folder; null for this process's */
    static ChildProcess start(String name, List<String> command, Path logs, Path directory) throws IOException {
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, name + "-", ".out");
        Path err = Files.createTempFile(logs, name + "-", ".err");
        Process p = new ProcessBuilder(command).directory(directory == null ? null : directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildProcess(name, p, out, err);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The peak resident memory so far (Linux: VmHWM), when it can be read. */
    OptionalLong peakRssKb() {
        try {
            Matcher m = HWM.matcher(Files.readString(Path.of("/proc", Long.toString(process.pid()), "status")));
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The end of its standard error, for a message when it failed. */
    String errTail() {
        try {
            String s = Files.readString(err, StandardCharsets.UTF_8);
            return s.length() > 2000 ? "…" + s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    String describe() {
        return name + " (pid " + process.pid() + ")";
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook stops the child.
        }
        stop();
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
