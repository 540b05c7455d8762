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

    /** The format of a media type chosen by content negotiation: CSV, TSV, or SPARQL JSON for any JSON type. */
    public static ResultFormat fromMediaType(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        if (m.equals(CSV.contentType)) return CSV;
        if (m.equals(TSV.contentType)) return TSV;
        return JSON;
    }
}
