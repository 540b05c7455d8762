package org.w3id.armscontrol.store;

import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Fills a new, empty TDB2 database in the served shape ({@link ServedDataset}: each named-graph
 * quad, and its triple in the default graph) through Jena's phased bulk loader, the loader
 * {@code tdb2.tdbloader} uses on an empty database. It builds each index in turn rather than
 * inserting into all of them quad by quad in one transaction, which is several times faster on a
 * large graph; the database is only ever opened by a server once the build is complete.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** Sends {@code source}'s quads (named graphs only; default-graph quads are ignored) to the loader. */
    public static void fill(DatasetGraph emptyTdb, Consumer<StreamRDF> source) {
        DataLoader loader = LoaderFactory.phasedLoader(emptyTdb, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            source.accept(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (q.isDefaultGraph()) return;
                    out.quad(q);
                    out.triple(q.asTriple());
                }
            });
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
    }

    /** A whole in-memory dataset's named graphs. */
    public static void fill(DatasetGraph emptyTdb, DatasetGraph named) {
        fill(emptyTdb, s -> named.find().forEachRemaining(s::quad));
    }
}
