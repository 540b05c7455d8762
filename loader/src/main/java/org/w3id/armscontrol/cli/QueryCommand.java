package org.w3id.armscontrol.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.query.BadParameterException;
import org.w3id.armscontrol.query.LabelLanguage;
import org.w3id.armscontrol.query.Language;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.query.ResultFormat;
import org.w3id.armscontrol.store.BuildStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", description = "Run a named query (queries/NAME.rq) against the built graph, in process.")
final class QueryCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NAME", description = "The query's name, e.g. us-russia-treaties-in-force.")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter value; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv, json (a flat array of row objects) or sparql-json (SPARQL results, as the .srj files) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", description = "The language of every label column: en, zh or ru (default: en; English where a label is missing).")
    String lang;

    @Option(names = "--timeout", defaultValue = "10000", description = "Query timeout in milliseconds; 0 for none.")
    long timeoutMillis;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        ResultFormat fmt = ResultFormat.byName(format).orElse(null);
        if (fmt == null) {
            err.println("--format: '" + format + "' is not one of "
                    + String.join(", ", Arrays.stream(ResultFormat.values()).map(ResultFormat::formatName).toList()));
            return Kg.EXIT_USAGE;
        }
        Language language;
        try {
            language = Language.parse(lang);
        } catch (BadParameterException e) {
            err.println("--lang: '" + lang + "' is not one of " + String.join(", ", Language.tags()));
            return Kg.EXIT_USAGE;
        }
        QueryCatalog catalog = new QueryCatalog(project.layout().queries());
        NamedQuery q = catalog.get(name).orElse(null);
        if (q == null) {
            err.println("no named query '" + name + "' in " + project.layout().queries());
            return Kg.EXIT_USAGE;
        }
        var build = project.builder();
        try {
            build.ensureBuilt();
        } catch (InvalidInputException e) {
            ProjectOptions.report(e, err);
            if (project.store().current().isEmpty()) return Kg.EXIT_INVALID_DATA;
            err.println("Querying the previous good build.");
        }
        BuildStore store = project.store();
        DatasetGraph ds = store.whileHeld(store.current().orElseThrow(), BuildStore::readDump);
        Map<String, Node> bindings;
        try {
            bindings = new ParameterBinder(ds, LocalDate::now).bind(q, params);
        } catch (BadParameterException e) {
            err.println(e.getMessage());
            return Kg.EXIT_USAGE;
        }
        try {
            ResultSetRewindable rs = LabelLanguage.apply(ds, QueryRunner.run(ds, q, bindings, timeoutMillis), language);
            PrintStream out = System.out;
            fmt.write(rs, out);
            out.flush();
            return Kg.EXIT_OK;
        } catch (QueryCancelledException e) {
            err.println("query '" + name + "' timed out after " + timeoutMillis + " ms");
            return Kg.EXIT_REMOTE;
        }
    }
}
