package org.w3id.armscontrol.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.armscontrol.query.NamedQuery;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.vocab.AC;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.vocab.Wikidata;

/** What the built graph says about its links to Wikidata. */
public final class GraphLinks {
    private GraphLinks() {}

    /** The named query that lists the unreconciled entities, the one input of {@code reconcile}. */
    public static final String UNRECONCILED_QUERY = "unreconciled-entities";

    /** The rows of queries/unreconciled-entities.rq, with each treaty's dates for judging candidates. */
    public static List<Unreconciled> unreconciled(DatasetGraph ds, NamedQuery query) {
        ResultSetRewindable rs = QueryRunner.run(ds, query, Map.of(), 0);
        List<Unreconciled> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            String entity = row.getResource("entity").getURI();
            Optional<String> title = Optional.ofNullable(row.getLiteral("enwikiTitle")).map(l -> l.getLexicalForm());
            String kind = row.getLiteral("kind").getLexicalForm();
            Map<String, String> dates = kind.equals("Agreement") ? treatyDates(ds, AC.iri(entity)) : Map.of();
            out.add(new Unreconciled(entity, row.getLiteral("entityLabel").getLexicalForm(), kind, title, dates));
        }
        return out;
    }

    /** Signed (the earliest signing event), in force from, and in force until, where known. */
    static Map<String, String> treatyDates(DatasetGraph ds, Node treaty) {
        Map<String, String> dates = new LinkedHashMap<>();
        TreeSet<String> signed = new TreeSet<>();
        ds.find(Node.ANY, Node.ANY, AC.treaty, treaty).forEachRemaining(q -> {
            Node event = q.getSubject();
            if (ds.contains(Node.ANY, event, RDF.Nodes.type, AC.Signing)) {
                ds.find(Node.ANY, event, AC.date, Node.ANY).forEachRemaining(d -> signed.add(d.getObject().getLiteralLexicalForm()));
            }
        });
        if (!signed.isEmpty()) dates.put(Unreconciled.SIGNED, signed.first());
        first(ds, treaty, AC.inForceFrom).ifPresent(d -> dates.put(Unreconciled.IN_FORCE, d));
        first(ds, treaty, AC.inForceUntil).ifPresent(d -> dates.put(Unreconciled.ENDED, d));
        return dates;
    }

    /** Every QID the graph links to (owl:sameAs), in order. */
    public static List<String> linkedQids(DatasetGraph ds) {
        TreeSet<String> qids = new TreeSet<>((a, b) -> Long.compare(Long.parseLong(a.substring(1)), Long.parseLong(b.substring(1))));
        ds.find(Node.ANY, Node.ANY, OWL2.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isURI() && o.getURI().startsWith(Wikidata.WD)) qids.add(o.getURI().substring(Wikidata.WD.length()));
        });
        return List.copyOf(qids);
    }

    private static Optional<String> first(DatasetGraph ds, Node s, Node p) {
        var it = ds.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next()).map(Quad::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                : Optional.empty();
    }
}
