package org.w3id.armscontrol.query;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/**
 * Runs a named query with bound parameters and materialises the whole result before anything
 * is sent, so a timeout is a clean error rather than a truncated response. A query with a
 * date series gets the series' days as a VALUES block; the other parameters are substituted.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** @throws org.apache.jena.query.QueryCancelledException when the timeout is reached */
    public static ResultSetRewindable run(DatasetGraph ds, NamedQuery q, Map<String, Node> bindings, long timeoutMillis) {
        Query query = q.query();
        if (q.series().isPresent()) {
            DateSeries s = q.series().get();
            try {
                query = s.bind(query, s.dates(bindings));
            } catch (BadParameterException e) {
                // ParameterBinder.bind has checked the series already.
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        Query toRun = query;
        return Txn.calculateRead(ds, () -> {
            QueryExecBuilder b = QueryExec.dataset(ds).query(toRun);
            bindings.forEach(b::substitution);
            if (timeoutMillis > 0) b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            try (QueryExec exec = b.build()) {
                ResultSet rs = ResultSet.adapt(exec.select());
                return ResultSetFactory.copyResults(rs);
            }
        });
    }
}
