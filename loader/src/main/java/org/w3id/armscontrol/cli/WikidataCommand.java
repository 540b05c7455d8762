package org.w3id.armscontrol.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryCatalog;
import org.w3id.armscontrol.store.BuildStore;
import org.w3id.armscontrol.wikidata.ActionApi;
import org.w3id.armscontrol.wikidata.DiffReports;
import org.w3id.armscontrol.wikidata.Disagreement;
import org.w3id.armscontrol.wikidata.GraphLinks;
import org.w3id.armscontrol.wikidata.HttpSettings;
import org.w3id.armscontrol.wikidata.PoliteHttpClient;
import org.w3id.armscontrol.wikidata.Reconciler;
import org.w3id.armscontrol.wikidata.Snapshot;
import org.w3id.armscontrol.wikidata.SnapshotDiff;
import org.w3id.armscontrol.wikidata.SuggestionsFile;
import org.w3id.armscontrol.wikidata.WdEntity;
import org.w3id.armscontrol.wikidata.WikidataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "wikidata", description = "Link with Wikidata: reconcile candidates, refresh the snapshot, report disagreements.",
        subcommands = {WikidataCommand.Reconcile.class, WikidataCommand.SnapshotCmd.class, WikidataCommand.Diff.class})
final class WikidataCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** How to reach Wikidata's Action API, and how politely. */
    static final class ApiOptions {
        @Option(names = "--api", paramLabel = "URL", description = "The Wikidata Action API (default: ${DEFAULT-VALUE}).")
        URI api = ActionApi.WIKIDATA;

        @Option(names = "--user-agent", description = "The User-Agent sent (default: the project's name and URL).")
        String userAgent = HttpSettings.USER_AGENT;

        @Option(names = "--min-interval", paramLabel = "MS", description = "Least milliseconds between requests (default: ${DEFAULT-VALUE}).")
        long minIntervalMillis = 1000;

        @Option(names = "--max-attempts", description = "Tries per request when Wikidata answers 429 or 503 (default: ${DEFAULT-VALUE}).")
        int maxAttempts = 5;

        @Option(names = "--backoff", paramLabel = "MS", description = "First wait after a 429/503 without Retry-After, doubled each time (default: ${DEFAULT-VALUE}).")
        long backoffMillis = 2000;

        ActionApi api() {
            HttpSettings polite = HttpSettings.polite();
            HttpSettings s = new HttpSettings(userAgent, Duration.ofMillis(minIntervalMillis), maxAttempts,
                    Duration.ofMillis(backoffMillis), polite.maxBackoff(), polite.requestTimeout());
            return new ActionApi(api, new PoliteHttpClient(s));
        }
    }

    /** The current build, built first if needed; null (with the problems printed) if there is none. */
    static DatasetGraph currentBuild(ProjectOptions project, PrintWriter err) throws Exception {
        try {
            project.builder().ensureBuilt();
        } catch (InvalidInputException e) {
            ProjectOptions.report(e, err);
            if (project.store().current().isEmpty()) return null;
            err.println("Using the previous good build.");
        }
        BuildStore store = project.store();
        return store.whileHeld(store.current().orElseThrow(), BuildStore::readDump);
    }

    @Command(name = "reconcile", description = "Ask Wikidata for candidates for the unreconciled entities; write them for review "
            + "(never into data/).")
    static final class Reconcile implements Callable<Integer> {
        @Mixin ProjectOptions project;
        @Mixin ApiOptions api;
        @Spec CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", description = "The suggestions file (default: build/wikidata/reconcile-suggestions.yaml).")
        Path out;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Path file = out != null ? out : project.layout().wikidataReports().resolve("reconcile-suggestions.yaml");
            if (file.toAbsolutePath().normalize().startsWith(project.layout().data().toAbsolutePath().normalize())) {
                err.println("--out: " + file + " is inside data/; suggestions are reviewed before anything enters the data");
                return Kg.EXIT_USAGE;
            }
            DatasetGraph ds = currentBuild(project, err);
            if (ds == null) return Kg.EXIT_INVALID_DATA;
            NamedQuery q = new QueryCatalog(project.layout().queries()).get(GraphLinks.UNRECONCILED_QUERY).orElseThrow();
            var entities = GraphLinks.unreconciled(ds, q);
            try {
                List<Reconciler.Suggestion> suggestions = new Reconciler(api.api()).reconcile(entities);
                SuggestionsFile.write(file, suggestions, api.api.toString(), LocalDate.now());
                long withCandidates = suggestions.stream().filter(s -> !s.candidates().isEmpty()).count();
                spec.commandLine().getOut().println("Wrote " + file + ": " + entities.size() + " unreconciled entities, "
                        + withCandidates + " with candidates to review.");
                return Kg.EXIT_OK;
            } catch (WikidataException e) {
                err.println("reconcile: " + e.getMessage() + "; nothing was written.");
                return Kg.EXIT_REMOTE;
            }
        }
    }

    @Command(name = "snapshot", description = "Refresh data/wikidata/snapshot.ttl from Wikidata for every linked item (needs network).")
    static final class SnapshotCmd implements Callable<Integer> {
        @Mixin ProjectOptions project;
        @Mixin ApiOptions api;
        @Spec CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: data/wikidata/snapshot.ttl).")
        Path out;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            DatasetGraph ds = currentBuild(project, err);
            if (ds == null) return Kg.EXIT_INVALID_DATA;
            Path file = out != null ? out : project.layout().wikidataSnapshot();
            List<String> qids = GraphLinks.linkedQids(ds);
            try {
                var items = api.api().byIds(qids);
                List<String> missing = qids.stream().filter(q -> !items.containsKey(q)).toList();
                if (!missing.isEmpty()) err.println("Wikidata does not know (or has deleted/merged): " + String.join(", ", missing));
                List<WdEntity> ordered = qids.stream().filter(items::containsKey).map(items::get).toList();
                Snapshot.write(Snapshot.toGraph(ordered, LocalDate.now(), api.api.toString()), file);
                spec.commandLine().getOut().println("Wrote " + file + ": " + ordered.size() + " of " + qids.size() + " linked items.");
                return Kg.EXIT_OK;
            } catch (WikidataException e) {
                err.println("snapshot: " + e.getMessage() + "; the previous snapshot is unchanged.");
                return Kg.EXIT_REMOTE;
            }
        }
    }

    @Command(name = "diff", description = "Report where the graph and the Wikidata snapshot disagree: Markdown, CSV and QuickStatements.")
    static final class Diff implements Callable<Integer> {
        @Mixin ProjectOptions project;
        @Spec CommandSpec spec;

        @Option(names = "--snapshot", paramLabel = "FILE", description = "The snapshot to compare with (default: data/wikidata/snapshot.ttl).")
        Path snapshot;

        @Option(names = "--out-dir", paramLabel = "DIR", description = "Where the reports go (default: build/wikidata/).")
        Path outDir;

        @Option(names = "--retrieved", paramLabel = "DATE", description = "The retrieved date (S813) for QuickStatements references "
                + "(default: today; check each reference URL before submitting).")
        LocalDate retrieved;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Path snap = snapshot != null ? snapshot : project.layout().wikidataSnapshot();
            Graph g;
            try {
                g = Snapshot.read(snap);
            } catch (WikidataException e) {
                err.println("diff: " + e.getMessage());
                return Kg.EXIT_USAGE;
            }
            DatasetGraph ds = currentBuild(project, err);
            if (ds == null) return Kg.EXIT_INVALID_DATA;
            Path dir = outDir != null ? outDir : project.layout().wikidataReports();
            try {
                List<Disagreement> rows = new SnapshotDiff(project.layout().wikidataDiffQueries()).run(ds, g);
                DiffReports.write(dir, rows, retrieved != null ? retrieved : LocalDate.now(), snap.getFileName().toString());
                long fixes = rows.stream().filter(d -> d.fix().isPresent()).count();
                spec.commandLine().getOut().println(rows.size() + " differences (" + fixes + " with QuickStatements) in "
                        + dir.resolve(DiffReports.MARKDOWN) + ", " + DiffReports.CSV + " and " + DiffReports.QUICKSTATEMENTS + ".");
                return Kg.EXIT_OK;
            } catch (WikidataException e) {
                err.println("diff: " + e.getMessage());
                return Kg.EXIT_INVALID_DATA;
            }
        }
    }
}
