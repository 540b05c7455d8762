package org.w3id.armscontrol.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.data.Problem;

/**
 * The broken data corpus, {@code src/test/resources/broken/} (its README.md says how to add a
 * case). Each case is added to a copy of the real project whose good build is current; the build
 * must fail as invalid input with exactly the problems the case states, each as
 * {@code file:line:col: message}, and leave the good build current and byte-identical.
 */
class BrokenDataCorpusTest {
    private static final String EXPECT = "# expect: ";

    @TempDir
    static Path tmp;

    private static TestProject project;
    private static BuildSnapshot good;

    @BeforeAll
    static void goodBuildFirst() throws Exception {
        project = TestProject.copyOfRepository(tmp.resolve("project"));
        project.builder().build();
        good = BuildSnapshot.of(project);
    }

    static List<BrokenCase> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestProject.resource("broken"))) {
            return s.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".yaml"))
                    .sorted().map(BrokenCase::read).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithExactlyItsProblemsAndTheGoodBuildStays(BrokenCase c) throws Exception {
        Map<Path, byte[]> replaced = c.copyInto(project.root);
        InvalidInputException e;
        try {
            e = assertThrows(InvalidInputException.class, () -> project.builder().build(), c.name + " was accepted");
        } finally {
            restore(replaced);
        }
        assertEquals(c.expected, e.problems().stream().map(Problem::toString).toList(), "problems reported for " + c.name);
        good.assertUntouched(project);
    }

    /** The corpus is the issue's list and more; a case that states nothing could never fail. */
    @Test
    void everyCaseStatesWhatItMustProduce() throws IOException {
        List<BrokenCase> all = cases();
        assertTrue(all.size() >= 25, "only " + all.size() + " cases");
        for (BrokenCase c : all) assertFalse(c.expected.isEmpty(), c.name + " states no expected problem");
    }

    /** Puts back what a case replaced and deletes what it added. */
    private static void restore(Map<Path, byte[]> replaced) throws IOException {
        for (var e : replaced.entrySet()) {
            if (e.getValue() == null) Files.delete(e.getKey());
            else Files.write(e.getKey(), e.getValue());
        }
    }

    /**
     * One case: a single file {@code NAME.yaml}, added as {@code data/NAME.yaml}, whose leading
     * {@code # expect: } lines are the problems; or a folder {@code NAME/} laid over the project
     * root, whose {@code expect.txt} lists the problems one a line.
     */
    record BrokenCase(String name, Path source, List<String> expected) {
        static BrokenCase read(Path source) {
            String file = source.getFileName().toString();
            try {
                if (Files.isDirectory(source)) {
                    List<String> lines = Files.readAllLines(source.resolve("expect.txt"), StandardCharsets.UTF_8).stream()
                            .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                    return new BrokenCase(file, source, lines);
                }
                return new BrokenCase(file.substring(0, file.length() - ".yaml".length()), source, expectations(Files.readAllBytes(source)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The {@code # expect: } lines of the leading comment block; the rest of the file may be any bytes. */
        private static List<String> expectations(byte[] bytes) {
            List<String> out = new ArrayList<>();
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            while (start < bytes.length && bytes[start] == '#') {
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') end++;
                String line = new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.UTF_8).stripTrailing();
                if (line.startsWith(EXPECT)) out.add(line.substring(EXPECT.length()));
                start = end + 1;
            }
            return out;
        }

        /** Copies the case into a project; returns each file it wrote with its former bytes (null: it was new). */
        Map<Path, byte[]> copyInto(Path root) throws IOException {
            Map<Path, byte[]> written = new LinkedHashMap<>();
            Map<Path, Path> files = new LinkedHashMap<>();
            if (Files.isDirectory(source)) {
                try (Stream<Path> s = Files.walk(source)) {
                    s.filter(Files::isRegularFile).filter(p -> !p.equals(source.resolve("expect.txt")))
                            .forEach(p -> files.put(p, root.resolve(source.relativize(p).toString())));
                }
            } else {
                files.put(source, root.resolve("data").resolve(source.getFileName().toString()));
            }
            for (var f : files.entrySet()) {
                Path target = f.getValue();
                written.put(target, Files.exists(target) ? Files.readAllBytes(target) : null);
                Files.createDirectories(target.getParent());
                Files.copy(f.getKey(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return written;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
