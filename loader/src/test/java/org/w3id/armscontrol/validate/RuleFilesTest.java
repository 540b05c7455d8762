package org.w3id.armscontrol.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.KgCli;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.data.Problem;

/**
 * The checks cannot switch off without a sound: a missing, unreadable or empty rules file or
 * folder is a located problem, and an {@code ac:} term in a shape that the ontology does not
 * define (a misspelt target class, path or value) is reported where it is written.
 *
 * <p>Each test breaks a copy of the real ontology/ and queries/, with the small data set of
 * golden case bilateral-lifecycle (valid, and quick to load).
 */
class RuleFilesTest {
    private static final String SHAPES = "ontology/shapes.ttl";

    private static TestProject project(Path tmp) {
        return TestProject.withData(tmp, TestProject.resource("golden/bilateral-lifecycle/data"));
    }

    private static List<String> problems(TestProject project) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> project.pipeline().load());
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theIntactCopyIsValid(@TempDir Path tmp) throws Exception {
        assertTrue(project(tmp).pipeline().load().facts().size() > 0);
    }

    @Test
    void missingShapesFile(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        Files.delete(p.file(SHAPES));
        assertEquals(List.of(SHAPES + ":1:1: required file is missing"), problems(p));
    }

    @Test
    void unreadableShapesFile(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        Files.delete(p.file(SHAPES));
        Files.createDirectory(p.file(SHAPES));
        assertEquals(List.of(SHAPES + ":1:1: is a folder, not a Turtle file"), problems(p));
    }

    @Test
    void shapesFileWithoutShapes(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        Files.writeString(p.file(SHAPES), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n# every shape deleted\n");
        assertEquals(List.of(SHAPES + ":1:1: no SHACL shape with a target: the shape check would pass any data"), problems(p));
    }

    @Test
    void missingViolationFolder(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        try (Stream<Path> all = Files.walk(p.file("queries/violations"))) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        assertEquals(List.of("queries/violations:1:1: the violation-query folder is missing: without it no *-violation.rq rule would be checked"),
                problems(p));
    }

    @Test
    void violationFolderWithoutRules(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        try (Stream<Path> rules = Files.list(p.file("queries/violations"))) {
            for (Path r : rules.toList()) Files.delete(r);
        }
        Files.writeString(p.file("queries/violations/README.md"), "Rules go here.\n");
        assertEquals(List.of("queries/violations:1:1: no *-violation.rq rule in the violation-query folder: the check would pass any data"),
                problems(p));
    }

    /** {@code ./kg validate} and {@code ./kg build} say where the problem is, exit 1, and write nothing. */
    @Test
    void cliRefusesToCallItValid(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        Files.delete(p.file(SHAPES));
        for (String command : new String[] {"validate", "build"}) {
            KgCli.Run r = KgCli.run(command, "--root", p.root.toString(), "--status-date", TestProject.STATUS_DATE.toString());
            assertEquals(1, r.exit(), command + ": " + r.out() + r.err());
            assertFalse(r.out().contains("Valid") || r.out().contains("Built"), command + ": " + r.out());
            assertTrue(r.err().startsWith(SHAPES + ":1:1: required file is missing\n"), command + ": " + r.err());
        }
        assertFalse(Files.exists(p.file("build/CURRENT")), "a build was written");
    }

    // ---- every ac: term a shape uses is defined in the ontology ----

    /** Replaces the first {@code before} in the shapes file and returns where it was, as {@code line:col}. */
    private static String plant(TestProject p, String before, String after) throws Exception {
        List<String> lines = Files.readAllLines(p.file(SHAPES), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int col = lines.get(i).indexOf(before);
            if (col >= 0) {
                lines.set(i, lines.get(i).substring(0, col) + after + lines.get(i).substring(col + before.length()));
                Files.write(p.file(SHAPES), lines, StandardCharsets.UTF_8);
                return (i + 1) + ":" + (col + 1);
            }
        }
        throw new AssertionError("not in " + SHAPES + ": " + before);
    }

    @Test
    void misspeltTargetClass(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        String at = plant(p, "ac:Extension ;", "ac:Extensoin ;");
        assertEquals(List.of(SHAPES + ":" + at + ": ac:Extensoin is not defined in the ontology (no rdf:type in ontology/*.ttl)"), problems(p));
    }

    @Test
    void misspeltPathAndListValueAreEachReported(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        String path = plant(p, "ac:extendedUntil ;", "ac:extendedUntill ;");
        String value = plant(p, "ac:Kiloton )", "ac:Kilotonne )");
        assertEquals(List.of(
                SHAPES + ":" + path + ": ac:extendedUntill is not defined in the ontology (no rdf:type in ontology/*.ttl)",
                SHAPES + ":" + value + ": ac:Kilotonne is not defined in the ontology (no rdf:type in ontology/*.ttl)"),
                problems(p));
    }

    /** Words in comments and strings are not uses: only the written term is checked. */
    @Test
    void termsInCommentsAndStringsAreNotChecked(@TempDir Path tmp) throws Exception {
        TestProject p = project(tmp);
        Files.writeString(p.file(SHAPES), Files.readString(p.file(SHAPES))
                + "\n# ac:NoSuchTerm in a comment\nacsh:EventShape rdfs:comment \"ac:NoSuchTerm in a string\"@en .\n");
        assertTrue(p.pipeline().load().facts().size() > 0);
    }
}
