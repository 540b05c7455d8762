package org.w3id.armscontrol.wikidata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.armscontrol.vocab.AC;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.armscontrol.vocab.Pav;
import org.w3id.armscontrol.vocab.Wikidata;
import org.w3id.armscontrol.vocab.Wikipedia;

/**
 * The offline copy of what Wikidata says about the items this graph links to
 * ({@code data/wikidata/snapshot.ttl}), written in Wikidata's own RDF vocabulary, so the same
 * SPARQL works against it and against query.wikidata.org: labels (en, zh, ru), English
 * descriptions, the English Wikipedia sitelink, truthy {@code wdt:} values, and full statements
 * ({@code p:}/{@code ps:}/{@code pq:}, times with their precision) for the properties the graph
 * has an opinion on. Each item records when and from where it was retrieved.
 */
public final class Snapshot {
    private Snapshot() {}

    public static final String FILE = "snapshot.ttl";

    public static Graph toGraph(Collection<WdEntity> items, LocalDate retrieved, String retrievedFrom) {
        Graph g = GraphFactory.createDefaultGraph();
        for (WdEntity e : items) {
            Node item = Wikidata.entity(e.id());
            Node doc = Wikidata.entityData(e.id());
            g.add(doc, Wikidata.schemaAbout, item);
            g.add(doc, Pav.retrievedOn, NodeFactory.createLiteralDT(retrieved.toString(), XSDDatatype.XSDdate));
            g.add(doc, Pav.retrievedFrom, AC.iri(retrievedFrom));
            e.labels().forEach((lang, text) -> {
                if (ActionApi.LANGUAGES.contains(lang)) g.add(item, RDFS.Nodes.label, NodeFactory.createLiteralLang(text, lang));
            });
            e.descriptions().forEach((lang, text) -> {
                if (ActionApi.LANGUAGES.contains(lang)) g.add(item, Wikidata.schemaDescription, NodeFactory.createLiteralLang(text, lang));
            });
            e.enwikiTitle().ifPresent(t -> {
                Node article = Wikipedia.enwikiArticle(t);
                g.add(article, Wikidata.schemaAbout, item);
                g.add(article, Wikidata.schemaIsPartOf, Wikipedia.enwiki);
                g.add(article, Wikidata.schemaName, NodeFactory.createLiteralLang(t, "en"));
            });
            for (String property : KnownItems.SNAPSHOT_PROPERTIES) {
                for (WdStatement s : e.best(property)) g.add(item, Wikidata.wdt(property), simple(s.value()));
                for (WdStatement s : e.allStatements(property)) statement(g, item, s);
            }
        }
        return g;
    }

    private static void statement(Graph g, Node item, WdStatement s) {
        Node st = Wikidata.statement(s.id());
        g.add(item, Wikidata.p(s.property()), st);
        g.add(st, Wikidata.rank, Wikidata.rankValue(s.rank()));
        g.add(st, Wikidata.ps(s.property()), simple(s.value()));
        if (s.value().kind() == WdValue.Kind.TIME) g.add(st, Wikidata.psv(s.property()), timeNode(g, s.value()));
        for (Map.Entry<String, List<WdValue>> q : s.qualifiers().entrySet()) {
            for (WdValue v : q.getValue()) {
                g.add(st, Wikidata.pq(q.getKey()), simple(v));
                if (v.kind() == WdValue.Kind.TIME) g.add(st, Wikidata.pqv(q.getKey()), timeNode(g, v));
            }
        }
    }

    /** A full time value: Wikidata names these wdv:HASH; a blank node stands in, as no hash is computed here. */
    private static Node timeNode(Graph g, WdValue v) {
        Node node = NodeFactory.createBlankNode();
        g.add(node, Wikidata.timeValue, simple(v));
        g.add(node, Wikidata.timePrecision, NodeFactory.createLiteralDT(Integer.toString(v.precision()), XSDDatatype.XSDinteger));
        return node;
    }

    private static Node simple(WdValue v) {
        return switch (v.kind()) {
            case ITEM -> Wikidata.entity(v.text());
            case TIME -> NodeFactory.createLiteralDT(v.dateTime(), XSDDatatype.XSDdateTime);
            case OTHER -> NodeFactory.createLiteralString(v.text());
        };
    }

    /** Writes the snapshot aside and moves it into place: a failed run leaves the old one. */
    public static void write(Graph g, Path file) throws IOException {
        PrefixMapping pm = PrefixMapping.Factory.create()
                .setNsPrefix("wd", Wikidata.WD).setNsPrefix("wdt", Wikidata.WDT).setNsPrefix("p", Wikidata.P).setNsPrefix("ps", Wikidata.PS)
                .setNsPrefix("psv", Wikidata.PSV).setNsPrefix("pq", Wikidata.PQ).setNsPrefix("pqv", Wikidata.PQV)
                .setNsPrefix("wds", Wikidata.WDS).setNsPrefix("wikibase", Wikidata.WIKIBASE).setNsPrefix("schema", Wikidata.SCHEMA)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSD.NS).setNsPrefix("pav", Pav.NS)
                .setNsPrefix("entitydata", Wikidata.ENTITY_DATA).setNsPrefix("enwiki", Wikipedia.ENWIKI_ARTICLE);
        g.getPrefixMapping().setNsPrefixes(pm);
        AtomicWrite.write(file, out -> {
            out.write(("# Wikidata snapshot for Arms Control KG, written by `./kg wikidata snapshot`.\n"
                    + "# Wikidata's own RDF vocabulary; each item's retrieval date is on its Special:EntityData node.\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        });
    }

    /** Reads a snapshot; a broken file is a clear error naming it. */
    public static Graph read(Path file) throws WikidataException {
        if (!Files.isRegularFile(file)) {
            throw new WikidataException("no Wikidata snapshot at " + file + " (make one with `./kg wikidata snapshot`, which needs network)");
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new WikidataException(file + ": " + e.getMessage());
        }
        return g;
    }
}
