package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.TestProject;

/**
 * The output columns every named query declares in its header: they are its projection, each
 * label column comes with the IRI it labels, and the competency questions' expected results
 * hold values of the declared types.
 */
class QueryColumnsTest {
    @TempDir Path tmp;

    private static QueryCatalog catalog() throws IOException {
        return new QueryCatalog(TestProject.repository().resolve("queries"));
    }

    @Test
    void everyQueryDeclaresItsProjectionAsColumns() throws IOException {
        for (NamedQuery q : catalog().all()) {
            assertFalse(q.columns().isEmpty(), q.name() + " declares no '# column:' lines");
            assertEquals(q.query().getResultVars(), q.columns().stream().map(Column::name).toList(), q.name());
            for (Column c : q.columns()) assertFalse(c.meaning().isBlank(), q.name() + ": column " + c.name() + " says nothing");
        }
    }

    @Test
    void everyLabelColumnHasTheIriColumnItLabels() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (NamedQuery q : catalog().all()) {
            Map<String, Column.Type> types = q.columns().stream().collect(Collectors.toMap(Column::name, Column::type));
            for (Column c : q.columns()) {
                if (!c.name().endsWith("Label")) continue;
                String subject = c.name().substring(0, c.name().length() - "Label".length());
                if (types.get(subject) != Column.Type.IRI && types.get(subject) != Column.Type.IRIS) {
                    wrong.add(q.name() + ": ?" + c.name() + " without an IRI column ?" + subject);
                }
                else if (!LabelLanguage.labelColumns(q.projection()).containsKey(c.name())) wrong.add(q.name() + ": ?" + c.name() + " not relabelled");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Each expected result of queries/tests/ holds, in every column, values of the declared type. */
    @Test
    void competencyQuestionResultsHaveTheDeclaredTypes() throws Exception {
        QueryCatalog catalog = catalog();
        List<String> wrong = new ArrayList<>();
        int values = 0;
        for (CompetencyQuestionsTest.Entry e : CompetencyQuestionsTest.entries(TestProject.repository().resolve("queries/tests/manifest.ttl"))) {
            NamedQuery q = catalog.get(e.query()).orElseThrow();
            Map<String, Column> columns = q.columns().stream().collect(Collectors.toMap(Column::name, Function.identity()));
            try (InputStream in = URI.create(e.result()).toURL().openStream()) {
                ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
                assertEquals(q.projection(), rs.getResultVars(), e.result());
                while (rs.hasNext()) {
                    var row = rs.nextBinding();
                    for (var it = row.vars(); it.hasNext(); ) {
                        Var v = it.next();
                        Column c = columns.get(v.getVarName());
                        values++;
                        if (!c.type().accepts(row.get(v))) wrong.add(e.result() + ": ?" + v.getVarName() + " = " + row.get(v) + " is not " + c.type().label());
                    }
                }
            }
        }
        assertTrue(values > 1000, "the expected results hold values: " + values);
        assertEquals(List.of(), wrong);
    }

    /** The type check rejects what it should, so the test above can fail. */
    @Test
    void columnTypesRejectOtherValues() {
        Node day = NodeFactory.createLiteralDT("2018-02-05", XSDDatatype.XSDdate);
        Node month = NodeFactory.createLiteralDT("2016-10", XSDDatatype.XSDgYearMonth);
        Node number = NodeFactory.createLiteralDT("1550", XSDDatatype.XSDinteger);
        Node text = NodeFactory.createLiteralLang("New START", "en");
        Node iri = NodeFactory.createURI("https://w3id.org/arms-control/id/treaty/new-start");
        assertTrue(Column.Type.DATE.accepts(day) && !Column.Type.DATE.accepts(month));
        assertTrue(Column.Type.PARTIAL_DATE.accepts(month) && !Column.Type.PARTIAL_DATE.accepts(number));
        assertTrue(Column.Type.INTEGER.accepts(number) && !Column.Type.INTEGER.accepts(day)
                && !Column.Type.INTEGER.accepts(NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal)));
        assertTrue(Column.Type.TEXT.accepts(text) && !Column.Type.TEXT.accepts(iri) && !Column.Type.TEXT.accepts(day));
        assertTrue(Column.Type.IRI.accepts(iri) && !Column.Type.IRI.accepts(text));
        Node instant = NodeFactory.createLiteralDT("2011-02-05T00:00:00Z", XSDDatatype.XSDdateTime);
        assertTrue(Column.Type.DATE_TIME.accepts(instant) && !Column.Type.DATE_TIME.accepts(day) && !Column.Type.DATE.accepts(instant));
    }

    @Test
    void columnsThatAreNotTheProjectionFailAtStartUp() throws IOException {
        Files.writeString(tmp.resolve("wrong.rq"), "# title: wrong\n# column: treaty (iri): the treaty\n# column: label (text): its label\n"
                + "SELECT ?treaty ?treatyLabel WHERE { ?treaty <http://www.w3.org/2000/01/rdf-schema#label> ?treatyLabel }\n");
        IOException e = assertThrows(IOException.class, () -> new QueryCatalog(tmp));
        assertTrue(e.getMessage().contains("wrong.rq") && e.getMessage().contains("treatyLabel"), e.getMessage());
    }

    @Test
    void anUnknownColumnTypeFailsAtStartUp() throws IOException {
        Files.writeString(tmp.resolve("typo.rq"), "# title: typo\n# column: treaty (uri): the treaty\nSELECT ?treaty WHERE { ?treaty ?p ?o }\n");
        IOException e = assertThrows(IOException.class, () -> new QueryCatalog(tmp));
        assertTrue(e.getMessage().contains("typo.rq") && e.getMessage().contains("'uri'"), e.getMessage());
    }

    @Test
    void formatAndLangAreReservedAndExamplesNameParameters() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(a.resolve("q.rq"), "# title: q\n# param: lang (entity): a language\nSELECT ?lang WHERE { ?lang ?p ?o }\n");
        IOException reserved = assertThrows(IOException.class, () -> new QueryCatalog(a));
        assertTrue(reserved.getMessage().contains("'lang'") && reserved.getMessage().contains("reserved"), reserved.getMessage());

        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(b.resolve("q.rq"), "# title: q\n# param: treaty (treaty): a treaty\n# example: treaty=new-start&colour=red\n"
                + "SELECT ?treaty WHERE { ?treaty ?p ?o }\n");
        IOException example = assertThrows(IOException.class, () -> new QueryCatalog(b));
        assertTrue(example.getMessage().contains("'colour'"), example.getMessage());
    }
}
