package org.w3id.armscontrol.server;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.web.WebFace;

/**
 * The public face: embedded Fuseki with the dataset {@code /arms-control} read-only by
 * construction (only query and Graph Store read endpoints exist; no update, upload or admin),
 * the web pages (with the stock Fuseki UI under /fuseki/), and the named-query API. Every setting that shapes query execution (timeout,
 * SERVICE policy, linear-time regex) lives in this server's own context, carried by its
 * dataset, never in ARQ's global one, so servers in one process (tests) cannot affect each other.
 */
public final class KgServer {
    private KgServer() {}

    /** A server whose HTTP validators hold only for its own lifetime (a fresh tag each time). */
    public static FusekiServer create(DatasetGraph database, QueryCatalog catalog, ServerSettings settings) {
        return create(database, catalog, settings, "unnamed-" + java.util.UUID.randomUUID());
    }

    /**
     * A server of one build: {@code buildTag} (the build id) goes into every ETag, so replicas
     * of the same build give the same validators, and a new build never matches an old one.
     */
    public static FusekiServer create(DatasetGraph database, QueryCatalog catalog, ServerSettings settings, String buildTag) {
        RequestLimits limits = settings.limits();
        // Read-only twice over: no write operation exists, and the dataset refuses writes.
        DatasetGraph readOnly = new DatasetGraphReadOnly(database, queryContext(settings));
        String ds = ServerSettings.DATASET;
        NamedQueryApi api = new NamedQueryApi(catalog, readOnly, settings.timeoutMillis(), settings.resultCache());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .maxServerThreads(settings.maxThreads())
                .addFilter("/*", new RequestGuard(limits.maxBodyBytes()))
                .addFilter("/*", new PublicCors())
                .addFilter("/*", new ImmutableCaching(buildTag))
                // The UI polls /$/ping for its "server status" light.
                .enablePing(true)
                .registerOperation(Operation.Query, new BoundedQuery(limits, settings.timeoutMillis()))
                .addDataset(ds, readOnly)
                .addEndpoint(ds, "sparql", Operation.Query)
                .addEndpoint(ds, "query", Operation.Query)
                .addEndpoint(ds, "get", Operation.GSP_R)
                .addOperation(ds, Operation.Query)
                // The Fuseki UI (web/FusekiUi, at /fuseki/) reads the server status servlet.
                .addServlet("/$/server", new ActionServerStatus())
                .addProcessor("/api/queries/*", api)
                .addProcessor("/api/queries", api)
                .addProcessor(JsonLdContext.PATH, new JsonLdContext())
                // No module: FMod_UI would serve the stock UI at /, which is the home page now.
                .fusekiModules(FusekiModules.create());
        FusekiServer server = WebFace.install(builder, new WebFace.Site(readOnly, catalog, buildTag)).build();
        limitConnections(server, settings);
        return server;
    }

    /** The context every query of this server runs with, merged over ARQ's global one. */
    static Context queryContext(ServerSettings settings) {
        Context context = new Context();
        if (settings.timeoutMillis() > 0) context.set(ARQ.queryTimeout, Long.toString(settings.timeoutMillis()));
        // A public endpoint must not fetch arbitrary URLs on a client's behalf.
        settings.services().install(context, Duration.ofMillis(settings.limits().serviceTimeoutMillis()));
        LinearRegexRewrite.install(context);
        return context;
    }

    /**
     * Slow or oversized clients cannot hold the server: idle connections close, a body sent
     * slower than the minimum rate is cut off, and no body (form or not) may exceed the limit.
     */
    private static void limitConnections(FusekiServer server, ServerSettings settings) {
        RequestLimits limits = settings.limits();
        Server jetty = server.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            if (!(c instanceof ServerConnector sc)) continue;
            if (!isLoopback(settings.host())) sc.setHost(settings.host());
            sc.setIdleTimeout(limits.idleTimeoutMillis());
            HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setMinRequestDataRate(limits.minRequestBytesPerSecond());
                http.getHttpConfiguration().setRequestHeaderSize(limits.maxHeaderBytes());
            }
        }
        ServletContextHandler.getServletContextHandler(server.getServletContext())
                .setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()));
        SizeLimitHandler sizeLimit = new SizeLimitHandler(limits.maxBodyBytes(), -1);
        sizeLimit.setHandler(jetty.getHandler());
        jetty.setHandler(sizeLimit);
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
