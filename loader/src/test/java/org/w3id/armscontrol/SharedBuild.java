package org.w3id.armscontrol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.rdf.KnowledgeGraph;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.store.BuildStore;

/**
 * One build of a copy of the real project, made the first time a test asks and shared by every
 * test class that only reads it, so the suite does not build the same graph again and again.
 * Its TDB2 database stays open for the life of the test JVM: do not expel or close it.
 */
public final class SharedBuild {
    public final TestProject project;
    public final Path build;
    /** The TDB2 database, as a server serves it. */
    public final DatasetGraph database;
    /** The build's dump, read into memory: the reference answers come from here. */
    public final DatasetGraph dump;

    private static SharedBuild instance;
    private KnowledgeGraph graph;

    private SharedBuild(TestProject project, Path build) {
        this.project = project;
        this.build = build;
        this.database = BuildStore.openDatabase(project.store().database(build));
        this.dump = BuildStore.readDump(project.store().dump(build));
    }

    public static synchronized SharedBuild get() {
        if (instance == null) {
            try {
                TestProject project = TestProject.copyOfRepository(Files.createTempDirectory("kg-shared-build-"));
                instance = new SharedBuild(project, project.builder().build());
            } catch (Exception e) {
                throw new IllegalStateException("the shared test build failed", e);
            }
        }
        return instance;
    }

    /** The same inputs loaded in memory (parse, map, derive, validate): its three graphs. Do not change them. */
    public synchronized KnowledgeGraph graph() {
        if (graph == null) {
            try {
                graph = project.pipeline().load();
            } catch (Exception e) {
                throw new IllegalStateException("the shared test project does not load", e);
            }
        }
        return graph;
    }

    public QueryCatalog catalog() {
        try {
            return new QueryCatalog(project.layout().queries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
