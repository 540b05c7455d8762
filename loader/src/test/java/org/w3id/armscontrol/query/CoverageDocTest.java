package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;

/**
 * docs/COVERAGE.md shows the answer of the named query {@code coverage}; this test renders that
 * answer as the Markdown table and fails when the file's table differs. It always writes the file
 * as it should be to {@code loader/target/COVERAGE.md}, so regenerating is:
 * {@code mvn -B -ntp -q -pl loader test -Dtest=CoverageDocTest -Dsurefire.failIfNoSpecifiedTests=false; cp loader/target/COVERAGE.md docs/COVERAGE.md}.
 */
class CoverageDocTest {
    static final String START = "<!-- coverage table: generated from queries/coverage.rq by CoverageDocTest; do not edit by hand -->";
    static final String END = "<!-- end of coverage table -->";

    static DatasetGraph ds;
    static QueryCatalog catalog;

    @BeforeAll
    static void build() throws Exception {
        SharedBuild shared = SharedBuild.get();
        ds = shared.dump;
        catalog = shared.catalog();
    }

    static ResultSetRewindable coverage() {
        NamedQuery q = catalog.get("coverage").orElseThrow(() -> new AssertionError("no query coverage"));
        return QueryRunner.run(ds, q, Map.of(), 0);
    }

    /** The table, one row per agreement in the query's order. */
    static String table(ResultSetRewindable rs) {
        StringBuilder b = new StringBuilder();
        b.append("| agreement | membership complete | states recorded | events | note |\n");
        b.append("|---|---|---|---:|---|\n");
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String parties = s.contains("partiesLabel") ? s.getLiteral("partiesLabel").getString() : "";
            int count = s.getLiteral("partyCount").getInt();
            b.append("| ").append(cell(s.getLiteral("treatyLabel").getString()))
                    .append(" | ").append(s.getLiteral("membershipComplete").getBoolean() ? "yes" : "no")
                    .append(" | ").append(count).append(count == 0 ? "" : ": " + cell(parties))
                    .append(" | ").append(s.getLiteral("eventCount").getInt())
                    .append(" | ").append(s.contains("membershipNote") ? cell(s.getLiteral("membershipNote").getString()) : "")
                    .append(" |\n");
        }
        rs.reset();
        return b.toString();
    }

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The file with its generated part replaced by {@code table}. */
    static String withTable(String doc, String table) {
        int a = doc.indexOf(START);
        int z = doc.indexOf(END);
        assertTrue(a >= 0 && z > a, "docs/COVERAGE.md must hold the markers " + START + " and " + END);
        return doc.substring(0, a + START.length()) + "\n\n" + table + "\n" + doc.substring(z);
    }

    @Test
    void docsCoverageMatchesTheQuery() throws Exception {
        Path docs = TestProject.repository().resolve("docs/COVERAGE.md");
        String doc = Files.readString(docs, StandardCharsets.UTF_8);
        String expected = withTable(doc, table(coverage()));
        Path target = TestProject.repository().resolve("loader/target/COVERAGE.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, expected, StandardCharsets.UTF_8);
        assertEquals(expected, doc, "docs/COVERAGE.md differs from the query coverage; the file as it should be is in "
                + target + " (cp it to docs/COVERAGE.md after checking the diff)");
    }

    @Test
    void everyAgreementHasOneRow() {
        List<String> agreements = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(ds)
                .query("SELECT DISTINCT ?a { ?a a <https://w3id.org/arms-control/ontology#Agreement> }").build()) {
            qe.select().forEachRemaining(b -> agreements.add(b.get("a").getURI()));
        }
        List<String> rowsOfQuery = new ArrayList<>();
        ResultSetRewindable rs = coverage();
        rs.forEachRemaining(s -> rowsOfQuery.add(s.getResource("treaty").getURI()));
        assertTrue(agreements.size() >= 20, "expected the agreements of data/, found " + agreements);
        assertEquals(agreements.stream().sorted().toList(), rowsOfQuery.stream().sorted().toList());
    }
}
