package org.w3id.armscontrol.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.server.KgServer;
import org.w3id.armscontrol.server.ServerSettings;
import org.w3id.armscontrol.server.ServicePolicy;
import org.w3id.armscontrol.store.BuildStore;
import org.w3id.armscontrol.store.LockFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Build when needed, then serve SPARQL, the Fuseki UI and the named-query API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--timeout", defaultValue = "10000", description = "Query timeout in milliseconds; 0 for none (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--max-threads", defaultValue = "" + ServerSettings.DEFAULT_MAX_THREADS, description = "Most server threads (default: ${DEFAULT-VALUE}).")
    int maxThreads;

    @Option(names = "--wikidata-endpoint", paramLabel = "URL", defaultValue = ServicePolicy.WIKIDATA,
            description = "Where SERVICE <" + ServicePolicy.WIKIDATA + "> is sent (default: Wikidata itself; "
                    + "a local stand-in for offline use). Every other SERVICE is refused.")
    String wikidataEndpoint;

    @Option(names = "--result-cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep named-query answers in memory (default: on; --no-result-cache measures the server without it).")
    boolean resultCache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        BuildStore store = project.store();
        Path build;
        try {
            build = project.builder().ensureBuilt();
        } catch (InvalidInputException e) {
            ProjectOptions.report(e, err);
            if (store.current().isEmpty()) return Kg.EXIT_INVALID_DATA;
            build = store.current().get();
            err.println("Serving the previous good build: " + build);
        }
        // Held until the process ends, so no build prunes this one while it is served.
        Optional<LockFile> served = store.lockServed(build);
        if (served.isEmpty()) {
            // Pruned between being chosen and being locked (two builds finished meanwhile): take the newest.
            build = store.current().orElse(build);
            served = store.lockServed(build);
        }
        if (served.isEmpty()) {
            err.println(spec.qualifiedName() + ": build " + build.getFileName() + " was removed while the server started; try again");
            return Kg.EXIT_ENVIRONMENT;
        }
        try (LockFile lock = served.get()) {
            return serve(build, err);
        }
    }

    private int serve(Path build, PrintWriter err) throws Exception {
        BuildStore store = project.store();
        DatasetGraph db;
        boolean ownDatabase;
        try {
            db = BuildStore.openDatabase(store.database(build));
            ownDatabase = true;
        } catch (DBOpEnvException | NegativeArraySizeException e) {
            // TDB2 admits one process per database: a second server on this build serves the dump.
            // Jena says "held by process N" for that case; any other reason is named as it is.
            // When two servers start together, the other may hold the lock before it has written
            // its process id: Jena 5.6 then reads -1 bytes from the empty lock file and fails with
            // NegativeArraySizeException (ProcessFileLock.readProcessId), which means the same.
            boolean heldElsewhere = e instanceof NegativeArraySizeException || String.valueOf(e.getMessage()).contains("held by process");
            err.println(spec.qualifiedName() + ": the database of build " + build.getFileName()
                    + (heldElsewhere ? " is open in another process (another ./kg serve?)" : " cannot be opened (" + e.getMessage() + ")")
                    + "; serving its dump from memory");
            db = BuildStore.readDump(store.dump(build));
            ownDatabase = false;
        }
        QueryCatalog catalog = new QueryCatalog(project.layout().queries());
        FusekiServer server;
        try {
            ServerSettings settings = new ServerSettings(host, port, timeoutMillis, maxThreads,
                    new ServicePolicy(java.util.Map.of(ServicePolicy.WIKIDATA, wikidataEndpoint)));
            server = KgServer.create(db, catalog, resultCache ? settings : settings.withoutResultCache(),
                    build.getFileName().toString()).start();
        } catch (RuntimeException e) {
            if (ownDatabase) TDBInternal.expel(db);
            BindException bind = bindFailure(e);
            if (bind == null) throw e;
            err.println(spec.qualifiedName() + ": cannot listen on " + hostPort(port) + ": " + bind.getMessage()
                    + " (another server? choose a port with --port)");
            return Kg.EXIT_ENVIRONMENT;
        }
        String base = "http://" + hostPort(server.getHttpPort());
        var out = spec.commandLine().getOut();
        out.println("Arms Control KG is up (build " + build.getFileName() + ")");
        out.println("  SPARQL endpoint: " + base + ServerSettings.DATASET + "/sparql");
        out.println("  Graph Store (read-only): " + base + ServerSettings.DATASET + "/get");
        out.println("  Fuseki UI:       " + base + "/fuseki/ (read-only)");
        out.println("  Named queries:   " + base + "/api/queries");
        out.println("  Home page:       " + base + "/  (query editor /query, timeline /viz/timeline, limits /viz/limits)");
        out.flush();
        server.join();
        return Kg.EXIT_OK;
    }

    private String hostPort(int p) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + p;
    }

    private static BindException bindFailure(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof BindException b) return b;
        }
        return null;
    }
}
