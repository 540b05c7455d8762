package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;

/**
 * lang=zh|ru for every label column: each label is checked against the graph by a SPARQL query
 * of its own, and the fallback to English is shown on a resource stripped of its Chinese label.
 */
class LabelLanguageTest {
    private static final String NEW_START = "https://w3id.org/arms-control/id/treaty/new-start";
    private static DatasetGraph ds;
    private static QueryCatalog catalog;

    @BeforeAll
    static void build() {
        SharedBuild shared = SharedBuild.get();
        ds = shared.dump;
        catalog = shared.catalog();
    }

    private static ResultSetRewindable run(DatasetGraph data, String query, Map<String, String> params, Language lang) throws BadParameterException {
        NamedQuery q = catalog.get(query).orElseThrow();
        var bindings = new ParameterBinder(data, () -> TestProject.STATUS_DATE).bind(q, params);
        return LabelLanguage.apply(data, QueryRunner.run(data, q, bindings, 0), lang);
    }

    /** The label of an IRI in one language, by SPARQL: rdfs:label or skos:prefLabel, the smallest if several. */
    private static Optional<String> labelIn(DatasetGraph data, String iri, String lang) {
        String q = "SELECT (MIN(STR(?l)) AS ?label) WHERE { <" + iri + "> <http://www.w3.org/2000/01/rdf-schema#label>|"
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l FILTER(LANG(?l) = \"" + lang + "\") }";
        return Txn.calculateRead(data, () -> {
            try (QueryExec qe = QueryExec.dataset(data).query(q).build()) {
                var row = qe.select().next();
                Node n = row.get(org.apache.jena.sparql.core.Var.alloc("label"));
                return Optional.ofNullable(n).map(Node::getLiteralLexicalForm);
            }
        });
    }

    /** Each label column of every row: the label in lang where the IRI has one, else the English one. */
    private static int[] assertLabels(DatasetGraph data, ResultSetRewindable rs, String lang) {
        int inLang = 0, fallback = 0;
        Map<String, String> columns = LabelLanguage.labelColumns(rs.getResultVars());
        assertFalse(columns.isEmpty(), "the result has label columns");
        rs.reset();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            for (var c : columns.entrySet()) {
                if (!row.contains(c.getValue())) continue;
                if (row.get(c.getValue()).isLiteral()) { // an iris column: labels joined in the same order
                    List<String> want = new ArrayList<>();
                    for (String each : row.getLiteral(c.getValue()).getLexicalForm().split(" ")) {
                        Optional<String> in = labelIn(data, each, lang);
                        if (in.isPresent()) inLang++; else fallback++;
                        want.add(in.orElseGet(() -> labelIn(data, each, "en").orElseThrow()));
                    }
                    assertEquals(String.join(", ", want), row.getLiteral(c.getKey()).getLexicalForm(), c.getKey());
                    continue;
                }
                String iri = row.getResource(c.getValue()).getURI();
                var label = row.getLiteral(c.getKey());
                Optional<String> want = labelIn(data, iri, lang);
                if (want.isPresent()) {
                    inLang++;
                    assertEquals(want.get(), label.getLexicalForm(), c.getKey() + " of " + iri);
                    assertEquals(lang, label.getLanguage(), c.getKey() + " of " + iri);
                } else {
                    fallback++;
                    assertEquals(labelIn(data, iri, "en").orElseThrow(), label.getLexicalForm(), c.getKey() + " of " + iri + " falls back to English");
                    assertEquals("en", label.getLanguage());
                }
            }
        }
        rs.reset();
        return new int[] {inLang, fallback};
    }

    @Test
    void chineseLabelsForEveryLabelColumn() throws Exception {
        ResultSetRewindable zh = run(ds, "warhead-estimates", Map.of("party", "cn"), Language.ZH);
        int[] counts = assertLabels(ds, zh, "zh");
        assertTrue(counts[0] >= 8, "party, category, qualifier and estimator labels in Chinese: " + counts[0]);
        // The values are not the English ones the query itself returns.
        ResultSetRewindable en = run(ds, "warhead-estimates", Map.of("party", "cn"), Language.EN);
        assertEquals("People's Republic of China", en.next().getLiteral("partyLabel").getLexicalForm());
        zh.reset();
        assertEquals("zh", zh.next().getLiteral("partyLabel").getLanguage());
    }

    @Test
    void russianFallsBackToEnglishWhereThereIsNoRussianLabel() throws Exception {
        ResultSetRewindable ru = run(ds, "events-between", Map.of("from", "2022-10-01", "to", "2022-10-31"), Language.RU);
        int[] counts = assertLabels(ds, ru, "ru");
        assertTrue(counts[0] > 0 && counts[1] > 0, "both Russian labels and English fallbacks: " + counts[0] + "/" + counts[1]);
    }

    @Test
    void chineseFallsBackToEnglishWhereTheChineseLabelIsMissing() throws Exception {
        // A copy of the graph where New START has lost its Chinese label.
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Node treaty = NodeFactory.createURI(NEW_START);
        Txn.executeRead(ds, () -> Txn.executeWrite(copy, () -> ds.find().forEachRemaining(q -> {
            boolean zhLabel = q.getSubject().equals(treaty) && q.getObject().isLiteral() && q.getObject().getLiteralLanguage().equals("zh");
            if (!zhLabel && !q.isDefaultGraph()) copy.add(q);
        })));
        DatasetGraph union = DatasetGraphFactory.wrap(Txn.calculateRead(copy, () -> {
            var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            copy.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        }));
        assertTrue(labelIn(ds, NEW_START, "zh").isPresent(), "the real graph has New START's Chinese label");
        assertTrue(labelIn(union, NEW_START, "zh").isEmpty());

        ResultSetRewindable zh = run(union, "treaty-limits", Map.of("treaty", "new-start"), Language.ZH);
        int[] counts = assertLabels(union, zh, "zh");
        assertTrue(counts[0] > 0 && counts[1] > 0, "Chinese category labels, English treaty label: " + counts[0] + "/" + counts[1]);
        zh.reset();
        assertEquals("New START", zh.next().getLiteral("treatyLabel").getLexicalForm());
    }

    @Test
    void unknownLanguageIsABadParameterNamingLang() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> Language.parse("de"));
        assertEquals("lang", e.parameter());
        assertTrue(e.getMessage().contains("de") && e.getMessage().contains("zh"), e.getMessage());
    }
}
