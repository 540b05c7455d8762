package org.w3id.armscontrol.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.query.BadParameterException;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.Parameter;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.query.ResultFormat;

/**
 * {@code GET /api/queries} lists the named queries with their parameters;
 * {@code GET /api/queries/NAME?KEY=VALUE} runs one: SPARQL JSON by default, CSV or TSV by
 * {@code Accept}. A bad parameter is a 400 naming it; a timeout is a clean 503.
 */
public final class NamedQueryServlet extends HttpServlet {
    private final QueryCatalog catalog;
    private final DatasetGraph ds;
    private final long timeoutMillis;

    public NamedQueryServlet(QueryCatalog catalog, DatasetGraph ds, long timeoutMillis) {
        this.catalog = catalog;
        this.ds = ds;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/") || path.isEmpty()) {
            list(req, resp);
            return;
        }
        String name = path.substring(1);
        NamedQuery q = catalog.get(name).orElse(null);
        if (q == null) {
            error(resp, 404, "no named query '" + name + "'; GET /api/queries lists them", null);
            return;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (var e : req.getParameterMap().entrySet()) {
            if (e.getValue().length > 1) {
                error(resp, 400, "parameter '" + e.getKey() + "': given more than once", e.getKey());
                return;
            }
            raw.put(e.getKey(), e.getValue()[0]);
        }
        Map<String, Node> bindings;
        try {
            bindings = new ParameterBinder(ds, LocalDate::now).bind(q, raw);
        } catch (BadParameterException e) {
            error(resp, 400, e.getMessage(), e.parameter());
            return;
        }
        ResultSetRewindable rs;
        try {
            rs = QueryRunner.run(ds, q, bindings, timeoutMillis);
        } catch (QueryCancelledException e) {
            error(resp, 503, "query '" + name + "' timed out after " + timeoutMillis + " ms", null);
            return;
        }
        ResultFormat format = ResultFormat.fromAccept(req.getHeader("Accept"));
        resp.setStatus(200);
        resp.setContentType(format.contentType());
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            format.write(rs, out);
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArray arr = new JsonArray();
        for (NamedQuery q : catalog.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("url", req.getContextPath() + "/api/queries/" + q.name());
            JsonArray params = new JsonArray();
            for (Parameter p : q.parameters()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().label());
                po.put("required", p.required());
                if (p.defaultValue() != null) po.put("default", p.defaultValue());
                po.put("description", p.meaning());
                params.add(po);
            }
            o.put("parameters", params);
            arr.add(o);
        }
        JsonObject top = new JsonObject();
        top.put("queries", arr);
        json(resp, 200, top);
    }

    private static void error(HttpServletResponse resp, int status, String message, String parameter) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        if (parameter != null) o.put("parameter", parameter);
        json(resp, status, o);
    }

    private static void json(HttpServletResponse resp, int status, JsonObject o) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        byte[] body = (JSON.toString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
