package org.w3id.armscontrol.store;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * The whole graph of a served dataset (named graphs, and their union as the default graph) in
 * each export format, one writer for {@code ./kg export} and the web face's downloads.
 */
public final class GraphExport {
    private GraphExport() {}

    /** The formats, with what each holds and the file extension it is downloaded with. */
    public enum Format {
        /** The named graphs, one sorted quad a line: the build's own dump. */
        nq("nq", "application/n-quads"),
        /** The named graphs. */
        trig("trig", "application/trig"),
        /** The union of the named graphs (the default graph). */
        ttl("ttl", "text/turtle"),
        /** The named graphs, plus their union as the default graph. */
        jsonld("jsonld", "application/ld+json");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /** Writes {@code served} (read inside a transaction) in {@code format}. */
    public static void write(DatasetGraph served, Format format, OutputStream out) throws IOException {
        if (format == Format.nq) {
            SortedNQuads.write(served, out);
            return;
        }
        switch (format) {
            case trig -> {
                DatasetGraph named = DatasetGraphFactory.createTxnMem();
                Txn.executeRead(served, () -> served.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> { if (!q.isDefaultGraph()) named.add(q); }));
                named.prefixes().putAll(Prefixes.MAP);
                RDFDataMgr.write(out, named, RDFFormat.TRIG_BLOCKS);
            }
            case ttl -> {
                Graph g = GraphFactory.createDefaultGraph();
                Txn.executeRead(served, () -> served.getDefaultGraph().find().forEachRemaining(g::add));
                g.getPrefixMapping().setNsPrefixes(Prefixes.MAP.getMapping());
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_BLOCKS);
            }
            case jsonld -> {
                DatasetGraph all = DatasetGraphFactory.createTxnMem();
                Txn.executeRead(served, () -> served.find().forEachRemaining(all::add));
                all.prefixes().putAll(Prefixes.MAP);
                RDFDataMgr.write(out, all, RDFFormat.JSONLD);
            }
            default -> throw new IllegalStateException(format.name());
        }
        out.flush();
    }
}
