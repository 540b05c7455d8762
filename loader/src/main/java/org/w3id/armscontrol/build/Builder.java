package org.w3id.armscontrol.build;

import java.io.IOException;
import java.nio.file.Path;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.store.BuildStore;

/** Builds when needed: loads and validates the graph, then installs it as the current build. */
public final class Builder {
    private final Pipeline pipeline;
    private final BuildStore store;

    public Builder(Pipeline pipeline, BuildStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    public boolean isUpToDate() {
        return store.current().isPresent() && store.currentFingerprint().map(pipeline.fingerprint()::equals).orElse(false);
    }

    /** Validates and installs a new build; on invalid input nothing is written. */
    public Path build() throws InvalidInputException, IOException {
        String fingerprint = pipeline.fingerprint();
        KnowledgeGraph kg = pipeline.load();
        return store.install(kg.namedGraphs(), fingerprint);
    }

    /** The current build, built first if it is missing or stale. */
    public Path ensureBuilt() throws InvalidInputException, IOException {
        return isUpToDate() ? store.current().orElseThrow() : build();
    }
}
