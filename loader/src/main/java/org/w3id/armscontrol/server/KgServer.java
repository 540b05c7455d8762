package org.w3id.armscontrol.server;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
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
 * endpoints, never in ARQ's global one, so servers in one process (tests) cannot affect each other.
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
        // Queries reach the database itself, never a wrapper, so TDB2's own engine (its indexes
        // and join planner) answers them; ARQ hands any wrapped dataset to its general engine,
        // which reads it triple by triple. The server's settings travel in the endpoints'
        // context instead, which Fuseki merges into every query it runs. Read-only all the same:
        // no update, upload or admin operation exists, and the server's own code only reads.
        Context context = queryContext(settings);
        String ds = ServerSettings.DATASET;
        NamedQueryApi api = new NamedQueryApi(catalog, database, settings.timeoutMillis(), settings.resultCache(),
                new QueryTurns(Runtime.getRuntime().availableProcessors(), maxWaitingQueries(settings), settings.timeoutMillis()));
        DataService service = DataService.newBuilder(database)
                .addEndpoint(endpoint(Operation.Query, "sparql", context))
                .addEndpoint(endpoint(Operation.Query, "query", context))
                .addEndpoint(endpoint(Operation.GSP_R, "get", context))
                // The dataset URL itself answers ?query= as well.
                .addEndpoint(endpoint(Operation.Query, null, context))
                .build();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .maxServerThreads(settings.maxThreads())
                .addFilter("/*", new RequestGuard(limits.maxBodyBytes()))
                .addFilter("/*", new PublicCors())
                .addFilter("/*", new ImmutableCaching(buildTag))
                // The UI polls /$/ping for its "server status" light.
                .enablePing(true)
                .registerOperation(Operation.Query, new BoundedQuery(limits,
                        new QueryTurns(limits.maxConcurrentQueries(), maxWaitingQueries(settings), settings.timeoutMillis())))
                .add(ds, service)
                // The Fuseki UI (web/FusekiUi, at /fuseki/) reads the server status servlet.
                .addServlet("/$/server", new ActionServerStatus())
                .addProcessor("/api/queries/*", api)
                .addProcessor("/api/queries", api)
                .addProcessor(JsonLdContext.PATH, new JsonLdContext())
                // No module: FMod_UI would serve the stock UI at /, which is the home page now.
                .fusekiModules(FusekiModules.create());
        FusekiServer server = WebFace.install(builder, new WebFace.Site(database, catalog, buildTag)).build();
        limitConnections(server, settings);
        return server;
    }

    /**
     * Ad-hoc queries waiting for a turn may hold at most half the server's threads, so the
     * named-query API and the pages always have threads to answer with, while 32 clients sending
     * ad-hoc queries at once (the load test) still all wait their turn at the default 64 threads.
     * Named queries computing an answer (cache misses) take turns of their own, one per core, with
     * the same bound on those waiting: a burst of either kind leaves the other its turns, and
     * answers from the result cache and the pages need no turn.
     */
    static int maxWaitingQueries(ServerSettings settings) {
        return Math.max(1, settings.maxThreads() / 2);
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
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
        int pooledBytes = largestPooledBuffer(jetty);
        for (Connector c : jetty.getConnectors()) {
            if (!(c instanceof ServerConnector sc)) continue;
            if (!isLoopback(settings.host())) sc.setHost(settings.host());
            sc.setIdleTimeout(limits.idleTimeoutMillis());
            HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setRequestHeaderSize(limits.maxHeaderBytes());
                config.setOutputBufferSize(Math.min(config.getOutputBufferSize(), pooledBytes));
            }
        }
        ServletContextHandler.getServletContextHandler(server.getServletContext())
                .setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()));
        SizeLimitHandler sizeLimit = new SizeLimitHandler(limits.maxBodyBytes(), -1);
        sizeLimit.setHandler(jetty.getHandler());
        MinimumUploadRate minimumRate = new MinimumUploadRate(limits.minRequestBytesPerSecond());
        minimumRate.setHandler(sizeLimit);
        jetty.setHandler(minimumRate);
    }

    /**
     * The largest response buffer the server's buffer pool keeps for reuse. Fuseki 5.6 asks for
     * 5 MB response buffers while Jetty's pool keeps none above 64 KB, so every response got a
     * fresh direct buffer, dropped afterwards: at -Xmx512m the direct memory filled every hundred
     * or so requests and the JVM stopped for a full collection (apache/jena#4084, fixed after
     * 5.6.0). Results are built in full before they are sent (BoundedQuery, NamedQueryApi), so a
     * smaller buffer changes nothing for a client but the chunking.
     */
    static int largestPooledBuffer(Server jetty) {
        return jetty.getByteBufferPool() instanceof ArrayByteBufferPool pool ? pool.getMaxCapacity() : JETTY_DEFAULT_OUTPUT_BUFFER;
    }

    /** Jetty's own default response buffer, for a pool whose sizes it cannot tell. */
    private static final int JETTY_DEFAULT_OUTPUT_BUFFER = new HttpConfiguration().getOutputBufferSize();

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
