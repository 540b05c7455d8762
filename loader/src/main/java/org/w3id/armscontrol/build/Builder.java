package org.w3id.armscontrol.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.store.BuildStore;
import org.w3id.armscontrol.store.LockFile;

/**
 * Builds when needed: loads and validates the graph, then installs it as the current build.
 * Builds run one at a time, across processes: a second build waits for the first to finish.
 */
public final class Builder {
    private final Pipeline pipeline;
    private final BuildStore store;
    private final Runnable whileWaiting;

    public Builder(Pipeline pipeline, BuildStore store) {
        this(pipeline, store, () -> {});
    }

    /** {@code whileWaiting} runs once when a build must wait for another build to finish. */
    public Builder(Pipeline pipeline, BuildStore store, Runnable whileWaiting) {
        this.pipeline = pipeline;
        this.store = store;
        this.whileWaiting = whileWaiting;
    }

    /** The build in use, and whether it was made just now. */
    public record Result(Path build, boolean built) {}

    public boolean isUpToDate() {
        return store.current().isPresent() && store.currentFingerprint().map(pipeline.fingerprint()::equals).orElse(false);
    }

    /** Validates and installs a new build; on invalid input nothing is written. */
    public Path build() throws InvalidInputException, IOException {
        return build(true).build();
    }

    /** The current build, built first if it is missing or stale. */
    public Path ensureBuilt() throws InvalidInputException, IOException {
        return build(false).build();
    }

    /**
     * Builds if {@code force} or the current build is missing or stale. The check is repeated
     * under the build lock: a build that waited for another may find its work already done.
     */
    public Result build(boolean force) throws InvalidInputException, IOException {
        Optional<Path> upToDate = force ? Optional.empty() : upToDate();
        if (upToDate.isPresent()) return new Result(upToDate.get(), false);
        try (LockFile lock = store.lockBuilds(whileWaiting)) {
            upToDate = force ? Optional.empty() : upToDate();
            if (upToDate.isPresent()) return new Result(upToDate.get(), false);
            String fingerprint = pipeline.fingerprint();
            return new Result(store.install(lock, pipeline.load().namedGraphs(), fingerprint), true);
        }
    }

    private Optional<Path> upToDate() {
        return isUpToDate() ? store.current() : Optional.empty();
    }
}
