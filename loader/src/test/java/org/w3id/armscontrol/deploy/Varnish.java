package org.w3id.armscontrol.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.w3id.armscontrol.TestProject;

/**
 * A real Varnish run from the committed {@code deploy/varnish/default.vcl}, with only its two
 * replica ports changed to free ones: in the foreground ({@code -F}), its working folder in the
 * test's folder, as the current user ({@code -j none}), 64 MB of cache in memory.
 */
final class Varnish extends CacheProcess {
    static final Path TEMPLATE = TestProject.repository().resolve("deploy/varnish/default.vcl");

    private Varnish(Process process, Path dir, int port) {
        super(process, dir, port);
    }

    static Varnish start(Path varnishd, Path dir, int replica1, int replica2) throws IOException, InterruptedException {
        int port = freePort();
        Path vcl = dir.resolve("default.vcl");
        Files.writeString(vcl, substitute(TEMPLATE,
                ".port = \"3031\";", ".port = \"" + replica1 + "\";",
                ".port = \"3032\";", ".port = \"" + replica2 + "\";"), UTF_8);
        Process p = new ProcessBuilder(varnishd.toString(), "-F", "-j", "none", "-a", "127.0.0.1:" + port,
                "-f", vcl.toString(), "-s", "malloc,64m", "-n", dir.resolve("work").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("varnishd.log").toFile())
                .start();
        Varnish started = new Varnish(p, dir, port);
        started.awaitListening();
        started.awaitHealthyReplicas();
        return started;
    }

    /** The probes mark a replica healthy after its first answered ping: until then Varnish answers 503. */
    private void awaitHealthyReplicas() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) return;
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("no healthy replica behind Varnish within 30 s (last status " + r.statusCode() + "): " + logs());
            }
            Thread.sleep(100);
        }
    }

    @Override
    String cacheStatus(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("(none)");
    }
}
