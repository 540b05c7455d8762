package org.w3id.armscontrol.server;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * SERVICE through an allow-list: a public endpoint must not fetch arbitrary URLs for its
 * clients, so only the listed endpoints (Wikidata's, by default) may be queried, and any other
 * SERVICE is refused with a 4xx. Each allowed IRI is routed to a URL, normally itself; a
 * test or an offline demo routes Wikidata's IRI to a local stand-in, so the same query text
 * runs unchanged against either. Installed as the first link of Jena's service-executor chain.
 */
public final class ServicePolicy implements ChainingServiceExecutor {
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    private final Map<String, String> routes;

    /** @param routes each allowed SERVICE IRI and the URL its requests go to */
    public ServicePolicy(Map<String, String> routes) {
        this.routes = new TreeMap<>(routes);
    }

    /** Only Wikidata, queried where it is. */
    public static ServicePolicy wikidataOnly() {
        return new ServicePolicy(Map.of(WIKIDATA, WIKIDATA));
    }

    /**
     * Puts the policy in force for queries run with {@code context} (a server's own, never ARQ's
     * global one); with no routes, SERVICE is off. The registry is a fresh one, so policies of
     * other servers in the same process never stack. An allowed endpoint that does not connect
     * or answer within {@code timeout} fails the query instead of holding its thread.
     */
    public void install(Context context, Duration timeout) {
        context.set(ARQ.httpServiceAllowed, !routes.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        ServiceExecutorRegistry.initWithDefaults(registry);
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpQueryTimeout, timeout.toMillis());
        // No redirects: an allowed endpoint must not be able to send the server elsewhere.
        context.set(ARQ.httpQueryClient, HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        String target = service.isURI() ? routes.get(service.getURI()) : null;
        if (target == null) {
            throw new QueryDeniedException("SERVICE <" + (service.isURI() ? service.getURI() : service)
                    + "> is not allowed: this endpoint only federates with " + String.join(", ", routes.keySet()));
        }
        OpService routed = target.equals(service.getURI()) ? opExecute
                : new OpService(NodeFactory.createURI(target), opExecute.getSubOp(), opExecute.getServiceElement(), opExecute.getSilent());
        return chain.createExecution(routed, opOriginal, binding, execCxt);
    }
}
