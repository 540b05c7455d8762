package org.w3id.armscontrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.KgProcess;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.store.BuildStore;
import org.w3id.armscontrol.store.LockFile;

/**
 * {@code ./kg serve} as real processes beside builds: a server keeps serving the build it started
 * on, however many builds follow, and that build is never pruned while it is served; a second
 * server on the same checkout works too; a restart serves the newest build; a server killed with
 * {@code kill -9} under load restarts with the same answers; a port in use is one line and exit code 4.
 */
class ServedBuildTest {
    private static final String TREATY = "https://w3id.org/arms-control/id/treaty/test-bilateral-treaty";
    private static final String LABEL = "Test Bilateral Treaty";
    private static final String REVISED = "Test Bilateral Treaty (revised)";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern UP = Pattern.compile("is up \\(build (\\S+)\\)\\R\\s*SPARQL endpoint: (\\S+)");

    @TempDir Path tmp;

    private TestProject project;
    private BuildStore store;
    private final List<KgProcess> servers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void project() {
        project = TestProject.withData(tmp.resolve("project"), TestProject.resource("golden/bilateral-lifecycle/data"));
        store = project.store();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(KgProcess::close);
    }

    @Test
    void aServerKeepsItsBuildThroughNewBuildsAndARestartServesTheNewest() throws Exception {
        Path a = project.builder().build();
        String first = endpoint(serve(), a);
        // A second server on the same checkout: TDB2 lets one process open the database, so it
        // serves the same build from its dump, and says so in one line.
        KgProcess secondServer = serve();
        String second = endpoint(secondServer, a);
        assertEquals(List.of("kg serve: the database of build " + a.getFileName() + " is open in another process "
                + "(another ./kg serve?); serving its dump from memory"), ownLines(secondServer.err()));
        assertEquals(List.of(LABEL), labels(first));
        assertEquals(List.of(LABEL), labels(second));

        // The data changes and is built three times over.
        Path treaty = project.file("data/treaty.yaml");
        String yaml = Files.readString(treaty);
        assertTrue(yaml.contains("en: \"" + LABEL + "\","));
        Files.writeString(treaty, yaml.replace("en: \"" + LABEL + "\",", "en: \"" + REVISED + "\","));
        Path b = project.builder().build();
        Path c = project.builder().build();
        Path d = project.builder().build();
        assertEquals(Optional.of(d), store.current());
        assertFalse(Files.exists(b), "an old build no server holds was kept");
        assertTrue(Files.isRegularFile(store.dump(a)) && Files.isDirectory(store.database(a)), "the served build was pruned");
        assertTrue(Files.isDirectory(c), "the build before the current one was pruned");
        // Both servers still answer, from the build they started on.
        assertEquals(List.of(LABEL), labels(first));
        assertEquals(List.of(LABEL), labels(second));

        servers.forEach(KgProcess::close);
        assertEquals(List.of(REVISED), labels(endpoint(serve(), d)), "a restarted server serves the newest build");
        // No server holds the first build now: the next build prunes it.
        project.builder().build();
        assertFalse(Files.exists(a), "a build no server holds any more was kept");
    }

    @Test
    void aServerKilledDuringLoadRestartsWithTheSameAnswers() throws Exception {
        Path a = project.builder().build();
        String endpoint = endpoint(serve(), a);
        String base = endpoint.substring(0, endpoint.indexOf("/arms-control/"));
        List<String> urls = List.of(
                endpoint + "?query=" + URLEncoder.encode("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", StandardCharsets.UTF_8),
                base + "/api/queries/treaty-timeline?treaty=test-bilateral-treaty",
                base + "/api/queries/treaties-in-force?date=2000-01-01");
        List<String> before = new ArrayList<>();
        for (String u : urls) before.add(csv(u).orElseThrow());

        // Clients keep asking; the server is killed (kill -9) in the middle of it.
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int offset = t;
            Thread c = new Thread(() -> {
                for (int i = offset; !stop.get(); i++) {
                    int k = i % urls.size();
                    Optional<String> got = csv(urls.get(k));
                    // A request cut by the kill fails outright; an answer is always the whole one.
                    if (got.isPresent()) {
                        answered.incrementAndGet();
                        if (!got.get().equals(before.get(k))) wrong.add(urls.get(k));
                    }
                }
            });
            c.start();
            clients.add(c);
        }
        KgProcess.sleep(1_500);
        servers.get(0).kill();
        KgProcess.sleep(500);
        stop.set(true);
        for (Thread c : clients) c.join(60_000);
        assertTrue(answered.get() > 8, "the clients were hardly answered before the kill: " + answered.get());
        assertEquals(List.of(), wrong, "an answer during the load differed");

        // Restarted on the same checkout, with nothing cleaned by hand: the same build, the same answers.
        servers.clear();
        KgProcess restarted = serve();
        String again = endpoint(restarted, a);
        assertEquals(List.of(), ownLines(restarted.err()), "the restart did not open the database itself");
        String againBase = again.substring(0, again.indexOf("/arms-control/"));
        for (int k = 0; k < urls.size(); k++) {
            assertEquals(before.get(k), csv(urls.get(k).replace(base, againBase)).orElseThrow(), urls.get(k));
        }
    }

    /** The body of a CSV answer, or empty if the request failed or was not a 200. */
    private Optional<String> csv(String url) {
        try {
            var r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).GET().build(),
                    BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Test
    void aPortInUseIsOneLineAndExitCode4() throws Exception {
        Path a = project.builder().build();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            KgProcess server = serve(taken.getLocalPort());
            assertEquals(Kg.EXIT_ENVIRONMENT, server.exit(TIMEOUT), server.err());
            List<String> lines = ownLines(server.err());
            assertEquals(1, lines.size(), server.err());
            assertTrue(lines.get(0).startsWith("kg serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), lines.get(0));
            assertFalse(server.err().contains("Exception") || server.err().contains("\tat "), server.err());
            assertEquals("", server.out());
        }
        // It let go of its build: a build may now prune it.
        try (LockFile unserved = LockFile.tryExclusive(a.resolve(BuildStore.SERVED_LOCK)).orElseThrow(
                () -> new AssertionError("the failed server still holds its build"))) {
            assertTrue(unserved.file().endsWith(BuildStore.SERVED_LOCK));
        }
    }

    /**
     * Two servers starting together: the other has taken the database's lock but not yet written
     * its process id into the lock file (held here by a child JVM, the file left empty). Jena
     * reads the empty file as -1 bytes and fails with NegativeArraySizeException; the server must
     * still come up on the dump, as for any database held by another process.
     */
    @Test
    void aServerStartingWhileAnotherTakesTheLockServesTheDump() throws Exception {
        Path a = project.builder().build();
        Path lockFile = store.database(a).resolve("tdb.lock");
        Files.deleteIfExists(lockFile);
        Files.createFile(lockFile);
        Path holder = tmp.resolve("HoldLock.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                        if (c.tryLock() == null) throw new IllegalStateException("not locked");
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(120_000);
                    }
                }
                """);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), lockFile.toString()).redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream())).readLine();
            assertEquals("locked", line);
            assertEquals(0, Files.size(lockFile), "the lock file must be empty, as before its holder writes its id");

            KgProcess server = serve();
            String url = endpoint(server, a);
            assertEquals(List.of("kg serve: the database of build " + a.getFileName() + " is open in another process "
                    + "(another ./kg serve?); serving its dump from memory"), ownLines(server.err()));
            assertEquals(List.of(LABEL), labels(url));
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private KgProcess serve() {
        return serve(0);
    }

    private KgProcess serve(int port) {
        KgProcess p = KgProcess.start(tmp.resolve("logs"), "serve", "--root", project.root.toString(),
                "--status-date", TestProject.STATUS_DATE.toString(), "--port", Integer.toString(port));
        servers.add(p);
        return p;
    }

    /** The SPARQL endpoint the server prints, once it is up; it must be serving {@code build}. */
    private static String endpoint(KgProcess server, Path build) {
        Matcher m = server.awaitOut(UP, TIMEOUT);
        assertEquals(build.getFileName().toString(), m.group(1), "the build served");
        return m.group(2);
    }

    /** The lines kg itself wrote to standard error (not the server's log lines). */
    private static List<String> ownLines(String err) {
        return err.lines().filter(l -> l.startsWith("kg ")).toList();
    }

    /** The treaty's English labels, as the server answers. */
    private List<String> labels(String endpoint) throws Exception {
        String query = "SELECT ?l WHERE { <" + TREATY + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LANG(?l) = \"en\") }";
        var response = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).GET().build(), BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        List<String> rows = response.body().lines().toList();
        assertEquals("l", rows.get(0));
        return rows.subList(1, rows.size());
    }
}
