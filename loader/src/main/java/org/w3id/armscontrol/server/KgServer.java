package org.w3id.armscontrol.server;

import java.nio.file.Path;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.armscontrol.query.QueryCatalog;

/**
 * The public face: embedded Fuseki with the dataset {@code /arms-control} read-only by
 * construction (only query and Graph Store read endpoints exist; no update, upload or admin),
 * SERVICE only to allow-listed endpoints (Wikidata), a query timeout, capped threads, CORS, the Fuseki UI, and the named-query API.
 */
public final class KgServer {
    private KgServer() {}

    public static FusekiServer create(DatasetGraph database, QueryCatalog catalog, ServerSettings settings) {
        // A public endpoint must not fetch arbitrary URLs on a client's behalf: SERVICE only
        // reaches the allow-listed endpoints.
        settings.services().install(ARQ.getContext());
        if (settings.timeoutMillis() > 0) {
            ARQ.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutMillis()));
        } else {
            ARQ.getContext().unset(ARQ.queryTimeout);
        }
        // A second guard: even an operation added by mistake could not write.
        DatasetGraph readOnly = new DatasetGraphReadOnly(database);
        String ds = ServerSettings.DATASET;
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .maxServerThreads(settings.maxThreads())
                .enableCors(true, null)
                // The UI polls /$/ping for its "server status" light.
                .enablePing(true)
                .addDataset(ds, readOnly)
                .addEndpoint(ds, "sparql", Operation.Query)
                .addEndpoint(ds, "query", Operation.Query)
                .addEndpoint(ds, "get", Operation.GSP_R)
                .addOperation(ds, Operation.Query)
                // The Fuseki UI needs a server-control object and the server status servlet.
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(Path.of("build", "fuseki-base")))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/api/queries/*", new NamedQueryServlet(catalog, readOnly, settings.timeoutMillis()))
                .addServlet("/api/queries", new NamedQueryServlet(catalog, readOnly, settings.timeoutMillis()))
                .fusekiModules(FusekiModules.create(new FMod_UI()))
                .build();
        if (!isLoopback(settings.host())) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(settings.host());
            }
        }
        return server;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
