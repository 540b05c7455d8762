package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3id.armscontrol.store.BuildStore;

/**
 * Stock Fuseki as users start it: {@code java -jar jena-fuseki-server-5.6.0.jar --loc=DIR /arms-control}
 * on a TDB2 copy of the same build (read-only, as it is without {@code --update}), on loopback.
 */
record StockFuseki(Path java, Path jar, Path database) implements ServerLauncher {
    /** The jar resolved and the database copied once per run, into the run's scratch folder. */
    static StockFuseki prepare(BenchConfig config) throws IOException, InterruptedException {
        Path jar = config.fusekiJar().isPresent() ? config.fusekiJar().get() : StockFusekiJar.resolve(config.root().resolve("build/bench"));
        Path copy = config.work().resolve("stock-tdb2");
        // TDB2 admits one process per database, and the bench must not lock the user's build.
        if (!Files.isDirectory(copy)) BuildStore.copyWithoutLocks(config.database(), copy);
        return new StockFuseki(config.kgCommand().java(), jar, copy);
    }

    @Override
    public String name() {
        return "stock Fuseki " + StockFusekiJar.VERSION;
    }

    @Override
    public ChildProcess start(int port, Path logs) throws IOException {
        // Fuseki makes its run/ folder in its working folder: the scratch folder, never the user's project.
        return ChildProcess.start("fuseki", List.of(java.toString(), "-jar", jar.toString(), "--localhost",
                "--port=" + port, "--loc=" + database, KgServeLauncher.DATASET), logs, database.getParent());
    }

    @Override
    public String sparqlUrl(int port) {
        return "http://127.0.0.1:" + port + KgServeLauncher.DATASET + "/sparql";
    }
}
