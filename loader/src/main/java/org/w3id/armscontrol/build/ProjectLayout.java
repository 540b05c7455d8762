package org.w3id.armscontrol.build;

import java.nio.file.Path;

/** Where the project's parts are, relative to its root folder. */
public record ProjectLayout(Path root) {
    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path data() { return root.resolve("data"); }

    /** The saved news articles that quotes are checked against. */
    public Path articles() { return data().resolve("articles"); }

    public Path ontology() { return root.resolve("ontology"); }

    public Path shapes() { return ontology().resolve("shapes.ttl"); }

    public Path queries() { return root.resolve("queries"); }

    public Path violationQueries() { return queries().resolve("violations"); }

    /** One query per kind of disagreement between the graph and the Wikidata snapshot. */
    public Path wikidataDiffQueries() { return queries().resolve("wikidata-diff"); }

    /** The offline Wikidata snapshot, refreshed by `./kg wikidata snapshot`. */
    public Path wikidataSnapshot() { return data().resolve("wikidata").resolve("snapshot.ttl"); }

    /** Where the wikidata commands write their reports and suggestions (never into data/). */
    public Path wikidataReports() { return buildDir().resolve("wikidata"); }

    /** Built databases and dumps; never committed. */
    public Path buildDir() { return root.resolve("build"); }

    /** How a file is named in messages: relative to the root, with forward slashes. */
    public String display(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
