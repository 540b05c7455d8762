package org.w3id.armscontrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.armscontrol.CsvRows;
import org.w3id.armscontrol.KgCli;
import org.w3id.armscontrol.KgCli.Run;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.store.BuildStore;

/**
 * {@code ./kg} run in process through picocli, on a copy of the project built once: exit codes,
 * messages, and outputs compared with the build itself (result sets, bytes, graphs).
 */
class CliTest {
    private static final List<String> GRAPHS = List.of(
            "https://w3id.org/arms-control/graph/ontology",
            "https://w3id.org/arms-control/graph/facts",
            "https://w3id.org/arms-control/graph/derived");

    @TempDir static Path tmp;

    private static TestProject project;
    private static Path build;
    private static Path dump;
    /** The dump's quads, parsed straight from the N-Quads file (not through the loader's readDump). */
    private static DatasetGraph named;

    @BeforeAll
    static void buildOnce() throws Exception {
        project = TestProject.copyOfRepository(tmp.resolve("project"));
        build = project.builder().build();
        dump = project.store().dump(build);
        named = DatasetGraphFactory.createTxnMem();
        RDFParser.source(dump).lang(Lang.NQUADS).parse(named);
    }


    /** Runs {@code kg ARGS} on the test project, with the build's status date, capturing everything it prints. */
    private static Run kg(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--root", project.root.toString(),
                "--status-date", TestProject.STATUS_DATE.toString()));
        all.addAll(List.of(args));
        return KgCli.run(all.toArray(String[]::new));
    }

    // ---------------------------------------------------------------- query

    @Test
    void queryCsvIsTheInProcessResultSet() throws Exception {
        Run r = kg("query", "us-russia-treaties-in-force", "--param", "date=2012-03-01", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        ResultSet csv = ResultSetMgr.read(new ByteArrayInputStream(r.stdout()), ResultSetLang.RS_CSV);

        NamedQuery q = new QueryCatalog(project.layout().queries()).get("us-russia-treaties-in-force").orElseThrow();
        ResultSetRewindable expected = QueryRunner.run(BuildStore.readDump(dump), q,
                Map.of("date", NodeFactory.createLiteralDT("2012-03-01", XSDDatatype.XSDdate)), 0);
        List<List<String>> want = CsvRows.lexicalRows(expected);
        assertTrue(want.size() > 2, "several treaties bound both on 2012-03-01");
        assertTrue(want.stream().anyMatch(row -> row.contains("https://w3id.org/arms-control/id/treaty/new-start")), want.toString());
        assertEquals(want, CsvRows.lexicalRows(csv));
    }

    @Test
    void queryJsonIsFlatRowsAndSparqlJsonTheResultSetWithLabelsByLang() throws Exception {
        NamedQuery q = new QueryCatalog(project.layout().queries()).get("treaty-limits").orElseThrow();
        DatasetGraph ds = BuildStore.readDump(dump);
        ResultSetRewindable expected = QueryRunner.run(ds, q, Map.of("treaty", NodeFactory.createURI("https://w3id.org/arms-control/id/treaty/new-start")), 0);

        Run srj = kg("query", "treaty-limits", "--param", "treaty=new-start", "--format", "sparql-json");
        assertEquals(0, srj.exit(), srj.err());
        assertTrue(ResultSetCompare.equalsByTermAndOrder(expected,
                ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(srj.stdout()), ResultSetLang.RS_JSON))));

        Run json = kg("query", "treaty-limits", "--param", "treaty=new-start", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        var rows = org.apache.jena.atlas.json.JSON.parseAny(new ByteArrayInputStream(json.stdout())).getAsArray();
        assertEquals(expected.size(), rows.size());
        expected.reset();
        for (var row : rows) {
            var want = expected.next();
            assertEquals(want.getResource("limit").getURI(), row.getAsObject().getString("limit"));
            assertEquals(want.getLiteral("max").getInt(), row.getAsObject().get("max").getAsNumber().value().intValue());
            assertTrue(row.getAsObject().get("max").isNumber(), "a number, not a string");
        }

        Run zh = kg("query", "treaty-limits", "--param", "treaty=new-start", "--format", "json", "--lang", "zh");
        assertEquals(0, zh.exit(), zh.err());
        String label = org.apache.jena.atlas.json.JSON.parseAny(new ByteArrayInputStream(zh.stdout())).getAsArray()
                .get(0).getAsObject().getString("treatyLabel");
        assertTrue(label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), label);

        Run bad = kg("query", "treaty-limits", "--lang", "de");
        assertEquals(Kg.EXIT_USAGE, bad.exit());
        assertTrue(bad.err().contains("--lang") && bad.err().contains("de"), bad.err());
    }

    @Test
    void badDateIsExit2NamingTheParameter() {
        Run r = kg("query", "us-russia-treaties-in-force", "--param", "date=2012-13-01", "--format", "csv");
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("date") && r.err().contains("2012-13-01"), r.err());
        assertEquals(0, r.stdout().length, "nothing on standard output");
    }

    @Test
    void unknownParameterIsExit2NamingIt() {
        Run r = kg("query", "us-russia-treaties-in-force", "--param", "date=2012-03-01", "--param", "colour=red");
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("colour"), r.err());
        assertEquals(0, r.stdout().length, "nothing on standard output");
    }

    @Test
    void unknownPartyIsExit2NamingTheParameter() {
        Run r = kg("query", "party-status", "--param", "party=Q999999", "--param", "date=2021-06-01");
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("party") && r.err().contains("Q999999"), r.err());
    }

    @Test
    void missingRequiredParameterIsExit2NamingIt() {
        Run r = kg("query", "party-status", "--param", "date=2021-06-01");
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("party"), r.err());
    }

    @Test
    void unknownFormatIsExit2NamingTheOption() {
        Run r = kg("query", "us-russia-treaties-in-force", "--param", "date=2012-03-01", "--format", "xml");
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("--format") && r.err().contains("xml"), r.err());
        assertEquals(0, r.stdout().length, "nothing on standard output");
    }

    @Test
    void unknownQueryIsExit2() {
        Run r = kg("query", "no-such-query");
        assertEquals(Kg.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("no-such-query"), r.err());
    }

    // ---------------------------------------------------------------- validate, build

    @Test
    void validatePassesOnTheRealData() {
        Run r = kg("validate");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Valid:"), "out=[" + r.out() + "] err=[" + r.err() + "] stdout=[" + r.stdoutText() + "]");
    }

    @Test
    void buildOnUnchangedInputsIsUpToDateAndTouchesNothing() throws Exception {
        Path buildDir = project.layout().buildDir();
        Map<String, Object> before = snapshot(buildDir);

        Run r = kg("build");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Up to date"), r.out());
        assertTrue(r.out().contains(build.getFileName().toString()), r.out());

        assertEquals(before, snapshot(buildDir), "the build folder changed");
        assertEquals(build, project.store().current().orElseThrow());
    }

    /** Every file under the build folder with its size and modification time, plus CURRENT's text. */
    private static Map<String, Object> snapshot(Path dir) throws IOException {
        Map<String, Object> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String k = dir.relativize(p).toString();
                if (Files.isRegularFile(p)) m.put(k, Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                else m.put(k, "dir");
            }
        }
        m.put("CURRENT:text", Files.readString(dir.resolve("CURRENT")));
        return m;
    }

    // ---------------------------------------------------------------- export

    @Test
    void exportNqIsTheDumpByteForByte() throws Exception {
        Path out = tmp.resolve("export.nq");
        Run r = kg("export", "--format", "nq", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(-1, Files.mismatch(dump, out), "export --format nq differs from the dump");
    }

    @Test
    void exportNqToStandardOutputIsTheDump() throws Exception {
        Run r = kg("export", "--format", "nq");
        assertEquals(0, r.exit(), r.err());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dump), r.stdout()));
    }

    @Test
    void exportTrigHoldsTheNamedGraphs() throws Exception {
        Path out = tmp.resolve("export.trig");
        Run r = kg("export", "--format", "trig", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph got = RDFDataMgr.loadDatasetGraph(out.toString(), Lang.TRIG);

        Set<String> names = new HashSet<>();
        got.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertEquals(Set.copyOf(GRAPHS), names);
        assertTrue(got.getDefaultGraph().isEmpty(), "TriG export should hold only the named graphs");
        for (String g : GRAPHS) {
            Node gn = NodeFactory.createURI(g);
            assertTrue(got.getGraph(gn).isIsomorphicWith(named.getGraph(gn)), g);
        }
    }

    @Test
    void exportTurtleIsTheUnion() throws Exception {
        Path out = tmp.resolve("export.ttl");
        Run r = kg("export", "--format", "ttl", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Graph got = RDFDataMgr.loadGraph(out.toString(), Lang.TURTLE);
        Graph union = union();
        assertEquals(union.size(), got.size());
        assertTrue(got.isIsomorphicWith(union));
        // Written with the per-kind prefixes (vocab/Prefixes), as MODEL.md declares them.
        String text = Files.readString(out);
        for (String kind : List.of("treaty", "party", "event", "category")) {
            assertTrue(java.util.regex.Pattern.compile("(?mi)^(@prefix|prefix)\\s+" + kind + ":\\s+<https://w3id.org/arms-control/id/" + kind + "/>")
                    .matcher(text).find(), "no prefix " + kind + ":");
        }
        assertTrue(text.contains("treaty:new-start"), "treaty:new-start is not written with its prefix");
    }

    @Test
    void exportJsonLdIsTheUnion() throws Exception {
        Path out = tmp.resolve("export.jsonld");
        Run r = kg("export", "--format", "jsonld", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph got = RDFDataMgr.loadDatasetGraph(out.toString(), Lang.JSONLD);
        Graph union = union();
        // The default graph is the union, and the three named graphs are each the dump's graph of that name.
        assertTrue(got.getDefaultGraph().isIsomorphicWith(union),
                "default graph " + got.getDefaultGraph().size() + " triples, union " + union.size());
        Set<String> names = new TreeSet<>();
        got.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        assertEquals(new TreeSet<>(GRAPHS), names, "the JSON-LD export's named graphs");
        for (String g : GRAPHS) {
            Node n = NodeFactory.createURI(g);
            assertTrue(got.getGraph(n).isIsomorphicWith(named.getGraph(n)), g);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "ttl"})
    void exportReplacesAnExistingFile(String format) throws Exception {
        Path out = tmp.resolve("replace." + format);
        Files.writeString(out, "stale content that is not RDF\n");
        Files.setLastModifiedTime(out, FileTime.fromMillis(0));
        Run r = kg("export", "--format", format, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.readString(out).startsWith("stale"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".export-")), "a temporary file was left behind");
        }
    }

    private static Graph union() {
        Graph u = GraphFactory.createDefaultGraph();
        named.find().forEachRemaining(q -> u.add(q.asTriple()));
        return u;
    }

}
