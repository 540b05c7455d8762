package org.w3id.armscontrol.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * N-Quads with one quad a line, lines sorted: the same graph always gives the same bytes, so
 * the dump diffs cleanly in review. The graph has no blank nodes (the loader refuses them),
 * which is what makes this canonical.
 */
public final class SortedNQuads {
    private SortedNQuads() {}

    public static void write(DatasetGraph ds, OutputStream out) throws IOException {
        List<String> lines = new ArrayList<>();
        Txn.executeRead(ds, () -> ds.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) lines.add(NodeFmtLib.strNQ(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()));
        }));
        lines.sort(null);
        for (String l : lines) {
            out.write(l.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        out.flush();
    }
}
