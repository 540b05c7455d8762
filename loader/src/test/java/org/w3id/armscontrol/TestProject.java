package org.w3id.armscontrol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.w3id.armscontrol.build.Builder;
import org.w3id.armscontrol.build.Pipeline;
import org.w3id.armscontrol.build.ProjectLayout;
import org.w3id.armscontrol.store.BuildStore;

/**
 * A copy of the project's ontology/, data/ and queries/ in a temporary folder, so a test can
 * build, break and rebuild it without touching the repository.
 */
public final class TestProject {
    /** The day derived statuses are computed for in tests: fixed, so results do not drift. */
    public static final LocalDate STATUS_DATE = LocalDate.parse("2026-11-22");

    public final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** The repository root (set by Maven; the parent of the loader module otherwise). */
    public static Path repository() {
        String p = System.getProperty("kg.root");
        return (p != null ? Path.of(p) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** A full copy of the real project's inputs. */
    public static TestProject copyOfRepository(Path tmp) {
        Path repo = repository();
        TestProject t = new TestProject(tmp);
        for (String dir : new String[] {"ontology", "data", "queries"}) copyTree(repo.resolve(dir), tmp.resolve(dir));
        return t;
    }

    /**
     * The real ontology and violation queries with a small data set of a test's own, from a
     * test resource folder holding {@code data/} (and {@code data/articles/} if it quotes articles).
     */
    public static TestProject withData(Path tmp, Path dataFolder) {
        Path repo = repository();
        TestProject t = new TestProject(tmp);
        copyTree(repo.resolve("ontology"), tmp.resolve("ontology"));
        copyTree(repo.resolve("queries"), tmp.resolve("queries"));
        copyTree(dataFolder, tmp.resolve("data"));
        return t;
    }

    public ProjectLayout layout() {
        return new ProjectLayout(root);
    }

    public Pipeline pipeline() {
        return new Pipeline(layout(), STATUS_DATE);
    }

    public BuildStore store() {
        return new BuildStore(layout().buildDir());
    }

    public Builder builder() {
        return new Builder(pipeline(), store());
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestProject.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
