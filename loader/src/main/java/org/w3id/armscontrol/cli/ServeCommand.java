package org.w3id.armscontrol.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.server.KgServer;
import org.w3id.armscontrol.server.ServerSettings;
import org.w3id.armscontrol.server.ServicePolicy;
import org.w3id.armscontrol.store.BuildStore;
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

    @Option(names = "--max-threads", defaultValue = "32", description = "Most server threads (default: ${DEFAULT-VALUE}).")
    int maxThreads;

    @Option(names = "--wikidata-endpoint", paramLabel = "URL", defaultValue = ServicePolicy.WIKIDATA,
            description = "Where SERVICE <" + ServicePolicy.WIKIDATA + "> is sent (default: Wikidata itself; "
                    + "a local stand-in for offline use). Every other SERVICE is refused.")
    String wikidataEndpoint;

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
        DatasetGraph db = BuildStore.openDatabase(store.database(build));
        QueryCatalog catalog = new QueryCatalog(project.layout().queries());
        FusekiServer server = KgServer.create(db, catalog,
                new ServerSettings(host, port, timeoutMillis, maxThreads,
                        new ServicePolicy(java.util.Map.of(ServicePolicy.WIKIDATA, wikidataEndpoint)))).start();
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getHttpPort();
        var out = spec.commandLine().getOut();
        out.println("Arms Control KG is up (build " + build.getFileName() + ")");
        out.println("  SPARQL endpoint: " + base + ServerSettings.DATASET + "/sparql");
        out.println("  Graph Store (read-only): " + base + ServerSettings.DATASET + "/get");
        out.println("  Fuseki UI:       " + base + "/");
        out.println("  Named queries:   " + base + "/api/queries");
        out.flush();
        server.join();
        return 0;
    }
}
