package org.w3id.armscontrol.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.w3id.armscontrol.TestProject;

/**
 * A real nginx run by a test from the committed {@code deploy/nginx/arms-control.conf}, with only
 * its listen address and its two replica addresses changed to free ports: prefix, pid, logs,
 * cache and temporary files in a folder of the test's own, in the foreground, as the current user.
 */
final class Nginx implements AutoCloseable {
    static final Path TEMPLATE = TestProject.repository().resolve("deploy/nginx/arms-control.conf");
    /** The addresses in the template that a test replaces; each must occur exactly once. */
    static final String LISTEN = "listen 127.0.0.1:8080;";
    static final String REPLICA_1 = "server 127.0.0.1:3031 ";
    static final String REPLICA_2 = "server 127.0.0.1:3032 ";

    private final Process process;
    private final Path prefix;
    final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /** The nginx binary on the PATH (or Debian's /usr/sbin, which a non-root PATH may lack). */
    static Optional<Path> binary() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/sbin");
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, "nginx")).filter(Files::isExecutable).findFirst();
    }

    /** The template with its addresses replaced; fails if the template no longer has them once each. */
    static String config(int listenPort, int replica1, int replica2) throws IOException {
        String template = Files.readString(TEMPLATE, UTF_8);
        for (String s : new String[] {LISTEN, REPLICA_1, REPLICA_2}) {
            int first = template.indexOf(s);
            if (first < 0 || template.indexOf(s, first + 1) >= 0) {
                throw new IllegalStateException(TEMPLATE + " must contain \"" + s.strip() + "\" exactly once (the test replaces it with a free port)");
            }
        }
        return template.replace(LISTEN, "listen 127.0.0.1:" + listenPort + ";")
                .replace(REPLICA_1, "server 127.0.0.1:" + replica1 + " ")
                .replace(REPLICA_2, "server 127.0.0.1:" + replica2 + " ");
    }

    static Nginx start(Path nginx, Path prefix, int replica1, int replica2) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(prefix.resolve("temp"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config(port, replica1, replica2), UTF_8);
        // As root, nginx's workers would switch to 'nobody', who cannot write in a private temp folder.
        String global = "daemon off;" + ("root".equals(System.getProperty("user.name")) ? " user root;" : "");
        Process p = new ProcessBuilder(nginx.toString(), "-p", prefix + "/", "-c", conf.toString(), "-g", global)
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("stdout.log").toFile())
                .start();
        Nginx started = new Nginx(p, prefix, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            if (!p.isAlive()) throw new IllegalStateException("nginx exited with " + p.exitValue() + ": " + started.logs());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return started;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    started.close();
                    throw new IllegalStateException("nginx did not listen on " + port + " within 20 s: " + started.logs());
                }
                Thread.sleep(50);
            }
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** nginx's own output and error log, for failure messages. */
    String logs() {
        StringBuilder b = new StringBuilder();
        for (String f : new String[] {"stdout.log", "error.log"}) {
            Path p = prefix.resolve(f);
            try {
                if (Files.exists(p)) b.append('\n').append(f).append(":\n").append(Files.readString(p, UTF_8));
            } catch (IOException e) {
                b.append('\n').append(f).append(": ").append(e);
            }
        }
        return b.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** SIGTERM (nginx's fast shutdown), then SIGKILL for the master and its workers if it lingers. */
    @Override
    public void close() {
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.forEach(ProcessHandle::destroyForcibly);
    }
}
