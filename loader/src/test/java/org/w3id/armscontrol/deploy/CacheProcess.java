package org.w3id.armscontrol.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP cache (nginx, Varnish) run by a test as a child process in the foreground, listening
 * on a free loopback port, with its files in a folder of the test's own; stopped with the test.
 */
abstract class CacheProcess implements AutoCloseable {
    private final Process process;
    final Path dir;
    final int port;

    CacheProcess(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** HIT or MISS, from the header the committed configuration adds. */
    abstract String cacheStatus(HttpResponse<?> response);

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A program on the PATH or in /usr/sbin (Debian's place for both, which a non-root PATH may lack). */
    static Optional<Path> binary(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/sbin");
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** {@code template} with each replacement made; fails if a replaced text is not there exactly once. */
    static String substitute(Path template, String... fromTo) throws IOException {
        String text = Files.readString(template, UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            int first = text.indexOf(fromTo[i]);
            if (first < 0 || text.indexOf(fromTo[i], first + 1) >= 0) {
                throw new IllegalStateException(template + " must contain \"" + fromTo[i].strip()
                        + "\" exactly once (the test replaces it with a free port)");
            }
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return text;
    }

    /** Waits until the port accepts connections; stops the process and fails if it exits or takes over 30 s. */
    void awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            if (!process.isAlive()) throw new IllegalStateException("exited with " + process.exitValue() + ": " + logs());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    close();
                    throw new IllegalStateException("not listening on " + port + " within 30 s: " + logs());
                }
                Thread.sleep(50);
            }
        }
    }

    /** The process's output and any log files it wrote in its folder, for failure messages. */
    String logs() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                b.append('\n').append(p.getFileName()).append(":\n").append(Files.readString(p, UTF_8));
            }
        } catch (IOException e) {
            b.append('\n').append(e);
        }
        return b.toString();
    }

    /** SIGTERM, then SIGKILL for the process and its children if it lingers. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
