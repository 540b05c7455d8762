package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a run ran on and what it measured: the commit, cores, CPU model, RAM and Java. */
public record Machine(String commit, int cores, String cpu, String ram, String java) {
    private static final Pattern MODEL = Pattern.compile("^model name\\s*:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern MEM = Pattern.compile("^MemTotal:\\s+(\\d+) kB", Pattern.MULTILINE);

    public static Machine describe(Path root) {
        return new Machine(commit(root), Runtime.getRuntime().availableProcessors(),
                first(Path.of("/proc/cpuinfo"), MODEL).orElse("unknown"),
                first(Path.of("/proc/meminfo"), MEM).map(kb -> Numbers.fixed(Long.parseLong(kb) / 1024.0 / 1024.0, 1) + " GiB").orElse("unknown"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static Optional<String> first(Path file, Pattern p) {
        try {
            Matcher m = p.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code git rev-parse --short HEAD}, with "+ local changes" when the work tree differs; "unknown" outside git. */
    private static String commit(Path root) {
        String head = git(root, "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) return "unknown (not a git checkout)";
        return git(root, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + " + local changes";
    }

    private static String git(Path root, String... args) {
        try {
            String[] cmd = new String[args.length + 3];
            cmd[0] = "git";
            cmd[1] = "-C";
            cmd[2] = root.toString();
            System.arraycopy(args, 0, cmd, 3, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return "";
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
