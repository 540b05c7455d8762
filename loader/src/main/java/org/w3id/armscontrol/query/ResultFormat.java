package org.w3id.armscontrol.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSetFormatter;

/** The result formats of named queries, on the command line and over HTTP. */
public enum ResultFormat {
    JSON("application/sparql-results+json"),
    CSV("text/csv"),
    TSV("text/tab-separated-values"),
    TABLE("text/plain");

    private final String contentType;

    ResultFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public void write(ResultSetRewindable rs, OutputStream out) {
        rs.reset();
        switch (this) {
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case TABLE -> ResultSetFormatter.out(out, rs);
        }
    }

    /** CSV or TSV when the client asks for it, SPARQL JSON otherwise. */
    public static ResultFormat fromAccept(String accept) {
        if (accept == null) return JSON;
        String a = accept.toLowerCase(Locale.ROOT);
        int csv = a.indexOf("text/csv");
        int tsv = a.indexOf("text/tab-separated-values");
        int json = Math.max(a.indexOf("application/sparql-results+json"), a.indexOf("application/json"));
        int first = min(csv, tsv, json);
        if (first < 0 || first == json) return JSON;
        return first == csv ? CSV : TSV;
    }

    private static int min(int... xs) {
        int m = -1;
        for (int x : xs) if (x >= 0 && (m < 0 || x < m)) m = x;
        return m;
    }
}
