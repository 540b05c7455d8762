package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryRunner;

/**
 * The editor's examples: each named query's text, with its example bound, is a query that
 * answers over the shared build exactly what the named-query API answers for that example;
 * the federated examples are the files of queries/wikidata/, unchanged.
 */
class QueryExamplesTest {
    private static final DatasetGraph DB = SharedBuild.get().database;
    private static final QueryExamples EXAMPLES = new QueryExamples(SharedBuild.get().catalog(), DB);

    static Stream<String> namedQueries() {
        List<String> names = new ArrayList<>();
        SharedBuild.get().catalog().all().forEach(q -> names.add(q.name()));
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("namedQueries")
    void exampleTextAnswersAsTheApi(String name) throws Exception {
        NamedQuery q = SharedBuild.get().catalog().get(name).orElseThrow();
        QueryExamples.Example e = EXAMPLES.get(name).orElseThrow();
        ResultSetRewindable api = QueryRunner.run(DB, q, new ParameterBinder(DB, LocalDate::now).bind(q, q.example()), 0);
        ResultSetRewindable editor = Txn.calculateRead(DB, () -> {
            try (QueryExec exec = QueryExec.dataset(DB).query(QueryFactory.create(e.text())).build()) {
                return ResultSetFactory.copyResults(ResultSet.adapt(exec.select()));
            }
        });
        assertEquals(api.getResultVars(), editor.getResultVars());
        assertTrue(ResultSetCompare.equalsByTerm(api, editor), name + ": the editor's text answers differently from the API:\n" + e.text());
        assertEquals(q.title(), e.title());
        assertEquals(q.description(), e.description());
    }

    @Test
    void federatedExamplesAreTheWikidataFolder() throws Exception {
        Path folder = TestProject.repository().resolve("queries").resolve(QueryExamples.WIKIDATA_FOLDER);
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq")).sorted().toList();
        }
        List<QueryExamples.Example> federated = EXAMPLES.all().stream().filter(QueryExamples.Example::federated).toList();
        assertEquals(files.stream().map(f -> "wikidata/" + f.replaceFirst("\\.rq$", "")).toList(),
                federated.stream().map(QueryExamples.Example::name).toList());
        for (QueryExamples.Example e : federated) {
            assertEquals(Files.readString(folder.resolve(e.name().substring("wikidata/".length()) + ".rq")), e.text());
            assertTrue(e.text().contains("SERVICE <https://query.wikidata.org/sparql>"), e.name() + " does not call Wikidata");
        }
    }
}
