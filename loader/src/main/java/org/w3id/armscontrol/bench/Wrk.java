package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator: {@code wrk} (Debian's), one thread, N connections, driven by a Lua script
 * that sets the request and prints wrk's own statistics (its latency percentiles, its request
 * count and run time) on one line, so nothing here times or ranks requests itself.
 */
final class Wrk {
    private static final Pattern RESULT = Pattern.compile(
            "^WRK-RESULT (\\d+) (\\d+) (\\d+) (\\d+) ([0-9.]+) ([0-9.]+) ([0-9.]+)$", Pattern.MULTILINE);

    private final Path executable;
    private final Path scripts;

    private Wrk(Path executable, Path scripts) {
        this.executable = executable;
        this.scripts = scripts;
    }

    /** wrk from the PATH, or empty when it is not installed. */
    static Optional<Wrk> find(Path scripts) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "wrk");
            if (Files.isExecutable(p)) return Optional.of(new Wrk(p, scripts));
        }
        return Optional.empty();
    }

    /**
     * Loads {@code target} with {@code clients} connections for {@code millis}. wrk takes its
     * duration in whole seconds, so it is given a generous one and stopped with SIGINT when the
     * time is up: wrk then ends its run, measures the time it took and prints its statistics, as
     * on Ctrl-C. That lets a fast query's cell last a fraction of a second rather than a whole one.
     */
    LoadResult run(HttpTarget target, int clients, long millis) throws IOException, InterruptedException {
        return run(target, clients, millis, false);
    }

    /**
     * Loads {@code target} with {@code clients} connections, sending for {@code millis}; then
     * each connection sends nothing more, and the run ends when the answers still owed have
     * arrived. They are counted, and nothing is left running on the server: for a slow query the
     * requests in flight when time is up are a whole wave of work, which a stop by SIGINT alone
     * would leave the server to finish for nothing (and the next measurement to wait for).
     * (After the last answer the Lua script stops wrk's thread and says so in a file, as wrk
     * itself sleeps its whole duration; then SIGINT makes it report.)
     */
    LoadResult runAndDrain(HttpTarget target, int clients, long millis) throws IOException, InterruptedException {
        return run(target, clients, millis, true);
    }

    private LoadResult run(HttpTarget target, int clients, long millis, boolean drain) throws IOException, InterruptedException {
        Files.createDirectories(scripts);
        Path script = Files.createTempFile(scripts, "wrk-", ".lua");
        Path stop = scripts.resolve(script.getFileName() + ".stop");
        Path drained = scripts.resolve(script.getFileName() + ".drained");
        Files.writeString(script, script(target) + (drain ? drainScript(stop, drained) : ""), StandardCharsets.UTF_8);
        Path out = Files.createTempFile(scripts, "wrk-", ".out");
        long ceilingSeconds = millis / 1000 + 60;
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "-t1", "-c" + clients, "-d" + ceilingSeconds + "s",
                "--timeout", "30s", "-s", script.toString(), target.url()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            if (drain) {
                Files.createFile(stop);
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(drained) && p.isAlive() && System.nanoTime() < giveUp) Thread.sleep(2);
            }
            if (p.isAlive()) interrupt(p);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("wrk did not finish: " + String.join(" ", cmd));
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        Matcher m = RESULT.matcher(printed);
        if (p.exitValue() != 0 || !m.find()) throw new IOException("wrk failed (" + String.join(" ", cmd) + "):\n" + printed);
        long requests = Long.parseLong(m.group(1));
        long micros = Long.parseLong(m.group(2));
        long statusErrors = Long.parseLong(m.group(3));
        long otherErrors = Long.parseLong(m.group(4));
        double median = Double.parseDouble(m.group(5)) / 1000;
        double p99 = Double.parseDouble(m.group(6)) / 1000;
        double mean = Double.parseDouble(m.group(7)) / 1000;
        Files.deleteIfExists(script);
        Files.deleteIfExists(out);
        Files.deleteIfExists(stop);
        Files.deleteIfExists(drained);
        // wrk counts a 4xx/5xx response as a request: only the answered ones are throughput.
        long answered = requests - statusErrors;
        return new LoadResult(answered, statusErrors + otherErrors, median, p99, mean, micros == 0 ? 0 : answered * 1e6 / micros, micros / 1000, false);
    }

    /** SIGINT, which wrk handles by ending its run (Java can send only SIGTERM and SIGKILL itself). */
    private static void interrupt(Process wrk) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid())).redirectErrorStream(true).start();
        boolean sent = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        if (!sent) kill.destroyForcibly();
        // A wrk that ended by itself meanwhile (it failed) is reported by the caller with its output.
        if (!sent && wrk.isAlive()) throw new IOException("could not send SIGINT to wrk (pid " + wrk.pid() + ")");
    }

    /**
     * The drain: wrk asks {@code delay()} before each request; once the stop file exists the
     * answer is an hour, so no connection sends again, and the answer that settles the last
     * request sent stops the thread. (Lua's own clock is whole seconds, hence the file.)
     */
    static String drainScript(Path stop, Path drained) {
        return "local stopFile, drainedFile = [==[" + stop + "]==], [==[" + drained + "]==]\n"
                + "local sent, received, stopping = 0, 0, false\n"
                + "local function stopped()\n"
                + "  if not stopping then\n"
                + "    local f = io.open(stopFile, \"r\")\n"
                + "    if f then f:close(); stopping = true end\n"
                + "  end\n"
                + "  return stopping\n"
                + "end\n"
                + "delay = function()\n"
                + "  if stopped() then return 3600000 end\n"
                + "  sent = sent + 1\n"
                + "  return 0\n"
                + "end\n"
                + "response = function(status, headers, body)\n"
                + "  received = received + 1\n"
                + "  if stopped() and received >= sent then\n"
                + "    local f = io.open(drainedFile, \"w\")\n"
                + "    if f then f:close() end\n"
                + "    wrk.thread:stop()\n"
                + "  end\n"
                + "end\n";
    }

    static String script(HttpTarget target) {
        StringBuilder s = new StringBuilder();
        s.append("wrk.headers[\"Accept\"] = \"").append(HttpTarget.ACCEPT).append("\"\n");
        target.sparqlForm().ifPresent(body -> s.append("wrk.method = \"POST\"\n")
                .append("wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n")
                // A percent-encoded form has no ']', so a long bracket cannot end early.
                .append("wrk.body = [==[").append(body).append("]==]\n"));
        s.append("done = function(summary, latency, requests)\n")
                .append("  local e = summary.errors\n")
                .append("  io.write(string.format(\"WRK-RESULT %d %d %d %d %.1f %.1f %.1f\\n\", summary.requests, summary.duration,\n")
                .append("    e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99), latency.mean))\n")
                .append("end\n");
        return s.toString();
    }
}
