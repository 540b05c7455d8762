package org.w3id.armscontrol;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;

/** Result rows compared the way CSV can carry them: text only, no types or languages. */
public final class CsvRows {
    private CsvRows() {}

    /** Rows as CSV sees them: each variable's lexical form (IRI text or literal lexical form), "" when unbound. */
    public static List<List<String>> lexicalRows(ResultSet rs) {
        if (rs instanceof ResultSetRewindable rw) rw.reset();
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        rows.add(vars);
        while (rs.hasNext()) {
            QuerySolution qs = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                var n = qs.get(v);
                row.add(n == null ? "" : n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        if (rs instanceof ResultSetRewindable rw) rw.reset();
        return rows;
    }
}
