package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;

/**
 * The competency questions of queries/tests/manifest.ttl, each run against a fresh build of
 * the real data and compared with its expected result set.
 */
class CompetencyQuestionsTest {
    private static final String ACQ = "https://w3id.org/arms-control/tests#";
    private static final String QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    static DatasetGraph ds;
    static QueryCatalog catalog;
    static Path manifest;

    @BeforeAll
    static void build() throws Exception {
        SharedBuild shared = SharedBuild.get();
        TestProject project = shared.project;
        ds = shared.dump;
        catalog = shared.catalog();
        manifest = project.layout().queries().resolve("tests/manifest.ttl");
    }

    record Entry(String name, String query, Map<String, String> params, String result) {}

    static List<Entry> entries() {
        return entries(manifest);
    }

    static List<Entry> entries(Path manifest) {
        Model m = RDFDataMgr.loadModel(manifest.toUri().toString());
        var entries = m.createProperty(MF + "entries");
        var action = m.createProperty(MF + "action");
        var name = m.createProperty(MF + "name");
        var result = m.createProperty(MF + "result");
        Resource top = m.listSubjectsWithProperty(entries).next();
        List<Entry> out = new ArrayList<>();
        for (RDFNode n : top.getPropertyResourceValue(entries).as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
            Resource e = n.asResource();
            Resource act = e.getPropertyResourceValue(action);
            String query = act.getPropertyResourceValue(m.createProperty(QT + "query")).getURI();
            Map<String, String> params = new LinkedHashMap<>();
            act.listProperties(m.createProperty(ACQ + "param")).forEachRemaining(s -> {
                Resource p = s.getResource();
                params.put(p.getProperty(m.createProperty(ACQ + "name")).getString(),
                        p.getProperty(m.createProperty(ACQ + "value")).getString());
            });
            out.add(new Entry(e.getProperty(name).getString(),
                    query.substring(query.lastIndexOf('/') + 1).replace(".rq", ""),
                    params, e.getPropertyResourceValue(result).getURI()));
        }
        return out;
    }

    static ResultSetRewindable run(String query, Map<String, String> params) throws BadParameterException {
        NamedQuery q = catalog.get(query).orElseThrow(() -> new AssertionError("no query " + query));
        Map<String, Node> bindings = new ParameterBinder(ds, () -> TestProject.STATUS_DATE).bind(q, params);
        return QueryRunner.run(ds, q, bindings, 0);
    }

    @TestFactory
    Stream<DynamicTest> competencyQuestions() {
        return entries().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            ResultSetRewindable actual = run(e.query(), e.params());
            ResultSetRewindable expected;
            try (var in = java.net.URI.create(e.result()).toURL().openStream()) {
                expected = org.apache.jena.query.ResultSetFactory.copyResults(
                        ResultSetMgr.read(in, org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
            }
            boolean ordered = catalog.get(e.query()).orElseThrow().query().hasOrderBy();
            boolean same = ordered ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                    : ResultSetCompare.equalsByTerm(expected, actual);
            if (!same) {
                expected.reset();
                actual.reset();
                throw new AssertionError(e.name() + ": result differs from " + e.result() + "\nexpected:\n"
                        + ResultSetFormatter.asText(expected) + "\nactual:\n" + ResultSetFormatter.asText(actual));
            }
        }));
    }

    /** The public question "sources-of(new-start) cites all four articles", checked directly too. */
    @Test
    void newStartIsSourcedFromAllFourSavedArticles() throws Exception {
        ResultSetRewindable rs = run("sources-of", Map.of("entity", "new-start"));
        Set<String> files = new TreeSet<>();
        rs.forEachRemaining(row -> Txn.executeRead(ds, () -> ds.getDefaultGraph()
                .find(row.getResource("source").asNode(), AC.seedFile, Node.ANY)
                .forEachRemaining(t -> files.add(t.getObject().getLiteralLexicalForm()))));
        assertEquals(Set.of("000_419e3879f5d32b39.txt", "001_9d62020b8e64f2a0.txt", "002_740b730d575e6837.txt",
                "003_c24786ccf04f68c7.txt"), files);
    }

    /** Every named query is covered by at least one competency question. */
    @Test
    void everyNamedQueryHasACompetencyQuestion() {
        Set<String> covered = new TreeSet<>();
        entries().forEach(e -> covered.add(e.query()));
        List<String> missing = new ArrayList<>();
        catalog.all().forEach(q -> {
            if (!covered.contains(q.name())) missing.add(q.name());
        });
        assertTrue(missing.isEmpty(), "named queries without a competency question: " + missing);
    }
}
