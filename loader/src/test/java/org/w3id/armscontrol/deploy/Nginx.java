package org.w3id.armscontrol.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.armscontrol.TestProject;

/**
 * A real nginx run from the committed {@code deploy/nginx/arms-control.conf}, with only its
 * listen address and its two replica addresses changed to free ports: prefix, pid, logs, cache
 * and temporary files in the test's folder, in the foreground, its workers as the current user.
 */
final class Nginx extends CacheProcess {
    static final Path TEMPLATE = TestProject.repository().resolve("deploy/nginx/arms-control.conf");

    private Nginx(Process process, Path dir, int port) {
        super(process, dir, port);
    }

    static Nginx start(Path nginx, Path dir, int replica1, int replica2) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(dir.resolve("temp"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, substitute(TEMPLATE,
                "listen 127.0.0.1:8080;", "listen 127.0.0.1:" + port + ";",
                "server 127.0.0.1:3031 ", "server 127.0.0.1:" + replica1 + " ",
                "server 127.0.0.1:3032 ", "server 127.0.0.1:" + replica2 + " "), UTF_8);
        // As root, nginx's workers would switch to 'nobody', who cannot write in a private temp folder.
        String global = "daemon off;" + ("root".equals(System.getProperty("user.name")) ? " user root;" : "");
        Process p = new ProcessBuilder(nginx.toString(), "-p", dir + "/", "-c", conf.toString(), "-g", global)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        Nginx started = new Nginx(p, dir, port);
        started.awaitListening();
        return started;
    }

    @Override
    String cacheStatus(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache-Status").orElse("(none)");
    }
}
