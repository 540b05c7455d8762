package org.w3id.armscontrol.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.w3id.armscontrol.rdf.CompactJsonLd;
import org.w3id.armscontrol.rdf.ResourceDescription;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with the limits a public endpoint needs:
 * <ul>
 * <li>at most {@link RequestLimits#maxConcurrentQueries()} queries are evaluated at once;</li>
 * <li>a query longer than {@link RequestLimits#maxQueryChars()} is a 413, before it is parsed;</li>
 * <li>the log gets the query's size and digest, not its text (log4j2.properties drops Fuseki's
 *     own full-text lines);</li>
 * <li>a query nested so deeply that parsing or evaluating it overflows the stack is a 400;</li>
 * <li>a SELECT result is built in full before anything is sent, so a timeout is always a clean
 *     503 and never a truncated 200; past {@link RequestLimits#maxResultRows()} rows or
 *     {@link RequestLimits#maxResultChars()} characters it is a 507 asking for a LIMIT.
 *     CONSTRUCT and DESCRIBE results are built in full by Fuseki itself and get the same row cap.</li>
 * <li>{@code DESCRIBE} gives a resource's own triples and those of the nodes pointing to it
 *     ({@link ResourceDescription}), computed here rather than by a handler in Jena's
 *     process-wide registry; Turtle uses the project's prefixes, and JSON-LD is compacted
 *     against the context the server publishes at {@code /context.jsonld}.</li>
 * </ul>
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    /** "Insufficient Storage": the server will not hold a result this large for one request. */
    static final int RESULT_TOO_LARGE = 507;

    private final RequestLimits limits;
    private final long waitMillis;
    private final QueryTurns turns;

    /**
     * @param turns the turns ad-hoc queries take: how many are evaluated at once, and how many may
     *     wait (more are refused at once, 503). Each waiting query holds a server thread, so
     *     without a bound a burst of slow queries took every thread and the named-query API and
     *     the pages stopped answering.
     */
    BoundedQuery(RequestLimits limits, QueryTurns turns) {
        this.limits = limits;
        this.turns = turns;
        this.waitMillis = turns.waitMillis();
    }

    /** A query sent as the body: read at most the query limit, so a long or endless body is a 413, not a 500. */
    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            // UTF-8 needs at most 4 bytes a character.
            body = in.readNBytes(limits.maxQueryChars() * 4 + 1);
            if (body.length > limits.maxQueryChars() * 4 || in.read() >= 0) tooLong(body.length + " bytes or more");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ActionErrorException a) throw a;
            // Jetty's size limit, or a client that went away.
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "request body could not be read in full: " + e.getMessage());
            return;
        }
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > limits.maxQueryChars()) tooLong(queryString.length() + " characters");
        action.log.info(String.format("[%d] Query: %d characters, sha256 %s", action.id, queryString.length(), digest(queryString)));
        if (!turns.take()) ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the endpoint is busy with other queries; try again");
        long start = System.nanoTime();
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query nested too deeply to parse or evaluate");
        } catch (ActionErrorException | QueryCancelledException | QueryDeniedException | QueryExceptionHTTP | HttpException
                 | RuntimeIOException | ExprException e) {
            throw e; // Fuseki answers each of these with its own status and a message meant for the client
        } catch (RuntimeException e) {
            if (TimeoutFault.isTimeout(start, waitMillis)) {
                // Jena 5.6 can fail while tearing down an operator the timeout cancelled: that is the timeout.
                action.log.info(String.format("[%d] %s after the %d ms timeout, answered as a timeout", action.id, e, waitMillis));
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "query timed out after " + waitMillis + " ms");
            }
            // A fault of ours: logged in full, answered without internals.
            action.log.warn(String.format("[%d] query failed", action.id), e);
            ServletOps.error(HttpSC.INTERNAL_SERVER_ERROR_500, "internal error (request " + action.id + "); it has been logged");
        } finally {
            turns.release();
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) return new QueryExecResult(materialise(exec.select()));
        if (query.isDescribeType()) {
            Graph g = describe(action, exec.getDataset(), query);
            if (g.size() > limits.maxResultRows()) tooLarge(g.size() + " triples");
            return new QueryExecResult(g);
        }
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        long size = result.isGraph() ? result.graph().size() : result.isDataset() ? result.dataset().stream().count() : 0;
        if (size > limits.maxResultRows()) tooLarge(size + " triples");
        return result;
    }

    /**
     * The resources a DESCRIBE names (its IRIs, and the values of its variables in the WHERE
     * clause's solutions, found under this server's timeout), described from the default graph.
     */
    private Graph describe(HttpAction action, DatasetGraph ds, Query query) {
        Set<Node> resources = new LinkedHashSet<>(query.getResultURIs());
        if (query.getQueryPattern() != null) {
            Query select = query.cloneQuery();
            select.setQuerySelectType();
            try (QueryExec exec = QueryExec.dataset(ds).query(select).context(action.getContext()).build()) {
                RowSet rows = materialise(exec.select());
                rows.forEachRemaining(b -> b.vars().forEachRemaining(v -> resources.add(b.get(v))));
            }
        }
        return ResourceDescription.of(ds.getDefaultGraph(), resources);
    }

    /** A graph result asked for as JSON-LD is written compacted against the published context; others as Fuseki writes them. */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        Graph graph = result.isGraph() ? result.graph()
                : result.isDataset() && !result.dataset().listGraphNodes().hasNext() ? result.dataset().getDefaultGraph() : null;
        if (graph == null || !WebContent.contentTypeJSONLD.equals(graphContentType(action))) {
            super.sendResults(action, result, prologue);
            return;
        }
        action.setResponseStatus(HttpSC.OK_200);
        action.setResponseContentType(WebContent.contentTypeJSONLD);
        action.setResponseCharacterEncoding(WebContent.charsetUTF8);
        try (OutputStream out = action.getResponseOutputStream()) {
            CompactJsonLd.write(graph, JsonLdContext.url(action), out);
        } catch (IOException e) {
            throw new RuntimeIOException(e);
        }
    }

    /** The media type Fuseki would choose for a graph: an output= (format=, results=) parameter, else Accept. */
    private static String graphContentType(HttpAction action) {
        for (String name : List.of(HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3)) {
            String v = action.getRequestParameter(name);
            if (v != null) return Responses.shortNamesGraph.getOrDefault(v.toLowerCase(Locale.ROOT), v);
        }
        MediaType m = ConNeg.chooseContentType(action.getRequest(), DEF.constructOffer, DEF.acceptTurtle);
        return m == null ? null : m.getContentTypeStr();
    }

    private void tooLong(String what) {
        ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "query of " + what + "; this endpoint accepts at most "
                + limits.maxQueryChars() + " characters");
    }

    private RowSet materialise(RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<Binding> all = new ArrayList<>();
        long chars = 0;
        while (rows.hasNext()) {
            Binding b = rows.next();
            all.add(b);
            if (all.size() > limits.maxResultRows()) tooLarge("more than " + limits.maxResultRows() + " rows");
            for (var it = b.vars(); it.hasNext(); ) chars += size(b.get(it.next()));
            if (chars > limits.maxResultChars()) tooLarge("more than " + limits.maxResultChars() + " characters");
        }
        return RowSetStream.create(vars, all.iterator());
    }

    private static long size(Node n) {
        if (n.isURI()) return n.getURI().length();
        if (n.isLiteral()) return n.getLiteralLexicalForm().length();
        return 16;
    }

    private static void tooLarge(String what) {
        ServletOps.error(RESULT_TOO_LARGE, "result too large (" + what + "); add a LIMIT or narrow the query");
    }

    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
