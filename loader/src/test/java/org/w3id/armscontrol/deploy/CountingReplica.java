package org.w3id.armscontrol.deploy;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.server.KgServer;
import org.w3id.armscontrol.server.ServerSettings;

/**
 * One replica: a real server of a build on a free port, which counts the requests that reach it
 * (by path and query string), so a test can tell which answers a cache gave without asking it.
 */
final class CountingReplica implements AutoCloseable {
    private final FusekiServer server;
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private boolean stopped;

    CountingReplica(DatasetGraph database, QueryCatalog catalog, String buildId) {
        server = KgServer.create(database, catalog,
                new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 8), buildId);
        Server jetty = server.getJettyServer();
        Handler.Wrapper counter = new Handler.Wrapper() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                seen.computeIfAbsent(request.getHttpURI().getPathQuery(), k -> new AtomicInteger()).incrementAndGet();
                return super.handle(request, response, callback);
            }
        };
        counter.setHandler(jetty.getHandler());
        jetty.setHandler(counter);
        server.start();
    }

    int port() {
        return server.getHttpPort();
    }

    String base() {
        return "http://127.0.0.1:" + port();
    }

    /** How many requests for this path and query string reached this replica. */
    int seen(String pathQuery) {
        AtomicInteger n = seen.get(pathQuery);
        return n == null ? 0 : n.get();
    }

    /** How many requests for any of these paths and query strings reached this replica. */
    int seen(Collection<String> pathQueries) {
        return pathQueries.stream().mapToInt(this::seen).sum();
    }

    @Override
    public void close() {
        if (!stopped) {
            stopped = true;
            server.stop();
        }
    }
}
