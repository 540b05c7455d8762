package org.w3id.armscontrol.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.query.BadParameterException;
import org.w3id.armscontrol.query.Column;
import org.w3id.armscontrol.query.LabelLanguage;
import org.w3id.armscontrol.query.Language;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.Parameter;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.query.ResultFormat;

/**
 * {@code GET /api/queries} lists the named queries with their parameters, output columns and an
 * example request; {@code GET /api/queries/NAME?KEY=VALUE} runs one: SPARQL JSON by default,
 * another format by {@code format=json|sparql-json|csv|tsv} (which wins, as a chart's data URL
 * cannot send headers) or by {@code Accept} ({@code q=} weights honoured; nothing acceptable is
 * a 406). {@code lang=en|zh|ru} gives every label column in that language. Runs inside
 * Fuseki's request handling, so it shares its request ids and log lines. Every answer that is
 * not a result is a JSON object with an {@code error} (and the {@code parameter} at fault):
 * 400 for a bad parameter, 404 for an unknown query, 503 for a timeout, 500 for a fault of ours.
 */
final class NamedQueryApi implements ActionProcessor {
    private static final String FORMAT = "format";
    /** Says whether the answer came from this server's result cache: hit or miss (off when it is switched off). */
    static final String CACHE_HEADER = "X-Result-Cache";
    private static final AcceptList OFFERS = AcceptList.create(ResultFormat.SPARQL_JSON.contentType(), ResultFormat.JSON.contentType(),
            ResultFormat.CSV.contentType(), ResultFormat.TSV.contentType());

    private final QueryCatalog catalog;
    private final DatasetGraph ds;
    private final long timeoutMillis;
    /** Empty when the cache is switched off (to measure the server without it). */
    private final Optional<ResultCache> cache;
    /** Taken by each answer computed (a cache miss); an answer from the cache needs none. */
    private final QueryTurns turns;

    NamedQueryApi(QueryCatalog catalog, DatasetGraph ds, long timeoutMillis, boolean resultCache, QueryTurns turns) {
        this.catalog = catalog;
        this.ds = ds;
        this.timeoutMillis = timeoutMillis;
        this.cache = resultCache ? Optional.of(new ResultCache()) : Optional.empty();
        this.turns = turns;
    }

    @Override
    public void execHead(HttpAction action) {
        execGet(action);
    }

    @Override
    public void execGet(HttpAction action) {
        try {
            String path = action.getRequestPathInfo();
            if (path == null || path.equals("/") || path.isEmpty()) list(action);
            else run(action, path.substring(1));
        } catch (RuntimeException e) {
            action.log.warn(String.format("[%d] named query failed", action.id), e);
            error(action, 500, "internal error (request " + action.id + "); it has been logged", null);
        }
    }

    private void run(HttpAction action, String name) {
        NamedQuery q = catalog.get(name).orElse(null);
        if (q == null) {
            error(action, 404, "no named query '" + name + "'; GET /api/queries lists them", null);
            return;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (var e : action.getRequestParameterMap().entrySet()) {
            if (e.getValue().length > 1) {
                error(action, 400, "parameter '" + e.getKey() + "': given more than once", e.getKey());
                return;
            }
            raw.put(e.getKey(), e.getValue()[0]);
        }
        ResultFormat format;
        String formatName = raw.remove(FORMAT);
        if (formatName != null) {
            format = ResultFormat.byName(formatName.strip()).filter(ResultFormat.OVER_HTTP::contains).orElse(null);
            if (format == null) {
                error(action, 400, "parameter 'format': '" + formatName + "' is not one of " + formatNames(), FORMAT);
                return;
            }
        } else {
            String accept = action.getRequestHeader("Accept");
            MediaType chosen = accept == null || accept.isBlank() ? MediaType.create(ResultFormat.SPARQL_JSON.contentType())
                    : AcceptList.match(new AcceptList(accept), OFFERS);
            if (chosen == null) {
                error(action, 406, "Accept: none of application/sparql-results+json, application/json, text/csv, "
                        + "text/tab-separated-values (or ask by format=" + String.join("|", formatNames()) + ")", null);
                return;
            }
            format = ResultFormat.fromMediaType(chosen.getContentTypeStr());
        }
        Language lang;
        Map<String, Node> bindings;
        try {
            lang = Language.parse(raw.remove(Language.PARAMETER));
            bindings = new ParameterBinder(ds, LocalDate::now).bind(q, raw);
        } catch (BadParameterException e) {
            error(action, 400, e.getMessage(), e.parameter());
            return;
        }
        ResultCache.Key key = ResultCache.Key.of(name, bindings, format, lang);
        byte[] answer = cache.flatMap(c -> c.get(key)).orElse(null);
        boolean hit = answer != null;
        if (!hit) {
            if (!turns.take()) {
                error(action, 503, "the server is busy with other queries; try again", null);
                return;
            }
            long start = System.nanoTime();
            try {
                ResultSetRewindable rs = LabelLanguage.apply(ds, QueryRunner.run(ds, q, bindings, timeoutMillis), lang);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                format.write(rs, out);
                answer = out.toByteArray();
            } catch (QueryCancelledException e) {
                error(action, 503, "query '" + name + "' timed out after " + timeoutMillis + " ms", null);
                return;
            } catch (RuntimeException e) {
                // Jena 5.6 can fail while tearing down an operator the timeout cancelled (a hash
                // join's probe table is already gone: NullPointerException). Past the timeout, that
                // is the timeout, and the client is told so; before it, a fault of ours.
                if (!TimeoutFault.isTimeout(start, timeoutMillis)) throw e;
                action.log.info(String.format("[%d] %s after the %d ms timeout, answered as a timeout", action.id, e, timeoutMillis));
                error(action, 503, "query '" + name + "' timed out after " + timeoutMillis + " ms", null);
                return;
            } finally {
                turns.release();
            }
            byte[] written = answer;
            cache.ifPresent(c -> c.put(key, written));
        }
        action.setResponseStatus(200);
        action.setResponseContentType(format.contentType());
        action.setResponseCharacterEncoding("UTF-8");
        action.setResponseHeader(CACHE_HEADER, cache.isEmpty() ? "off" : hit ? "hit" : "miss");
        action.setResponseContentLengthLong(answer.length);
        byte[] body = answer;
        write(action, out -> out.write(body));
    }

    private void list(HttpAction action) {
        JsonArray arr = new JsonArray();
        for (NamedQuery q : catalog.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("url", action.getContextPath() + "/api/queries/" + q.name());
            JsonArray params = new JsonArray();
            for (Parameter p : q.parameters()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().label());
                if (!p.choices().isEmpty()) {
                    JsonArray choices = new JsonArray();
                    p.choices().forEach(choices::add);
                    po.put("choices", choices);
                }
                po.put("required", p.required());
                if (p.defaultValue() != null) po.put("default", p.defaultValue());
                po.put("description", p.meaning());
                params.add(po);
            }
            o.put("parameters", params);
            JsonArray columns = new JsonArray();
            for (Column c : q.columns()) {
                JsonObject co = new JsonObject();
                co.put("name", c.name());
                co.put("type", c.type().label());
                co.put("description", c.meaning());
                columns.add(co);
            }
            o.put("columns", columns);
            String example = q.exampleQueryString();
            o.put("example", action.getContextPath() + "/api/queries/" + q.name() + (example.isEmpty() ? "" : "?" + example));
            arr.add(o);
        }
        JsonObject top = new JsonObject();
        top.put("queries", arr);
        // Parameters every query takes besides its own.
        JsonArray formats = new JsonArray();
        formatNames().forEach(formats::add);
        top.put("formats", formats);
        JsonArray languages = new JsonArray();
        Language.tags().forEach(languages::add);
        top.put("languages", languages);
        json(action, 200, top);
    }

    private static List<String> formatNames() {
        return ResultFormat.OVER_HTTP.stream().map(ResultFormat::formatName).toList();
    }

    private static void error(HttpAction action, int status, String message, String parameter) {
        JsonObject o = new JsonObject();
        o.put("error", message);
        if (parameter != null) o.put("parameter", parameter);
        json(action, status, o);
    }

    private static void json(HttpAction action, int status, JsonObject o) {
        action.setResponseStatus(status);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding("UTF-8");
        byte[] body = (JSON.toString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        write(action, out -> out.write(body));
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(HttpAction action, Body body) {
        try (OutputStream out = action.getResponseOutputStream()) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
