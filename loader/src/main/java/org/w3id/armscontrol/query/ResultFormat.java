package org.w3id.armscontrol.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The result formats of named queries, on the command line ({@code --format}) and over HTTP
 * ({@code format=} or {@code Accept}). {@code json} is the flat array of row objects charts
 * read; {@code sparql-json} is the W3C SPARQL results format (the .srj files).
 */
public enum ResultFormat {
    SPARQL_JSON("application/sparql-results+json"),
    JSON("application/json"),
    CSV("text/csv"),
    TSV("text/tab-separated-values"),
    TABLE("text/plain");

    /** The formats a client can ask the HTTP API for by name. */
    public static final List<ResultFormat> OVER_HTTP = List.of(JSON, SPARQL_JSON, CSV, TSV);

    private final String contentType;

    ResultFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The name used by {@code --format} and {@code format=}: json, sparql-json, csv, tsv, table. */
    public String formatName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ResultFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.formatName().equals(name)).findFirst();
    }

    public void write(ResultSetRewindable rs, OutputStream out) {
        rs.reset();
        switch (this) {
            case SPARQL_JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case JSON -> {
                try {
                    FlatJson.write(rs, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case TABLE -> ResultSetFormatter.out(out, rs);
        }
    }

    /** The format of a media type chosen by content negotiation (one of {@link #OVER_HTTP}). */
    public static ResultFormat fromMediaType(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        return OVER_HTTP.stream().filter(f -> f.contentType.equals(m)).findFirst().orElse(SPARQL_JSON);
    }
}
