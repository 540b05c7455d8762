package org.w3id.armscontrol.wikidata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Wikidata;

/**
 * Compares the built graph with the Wikidata snapshot by running every query in
 * queries/wikidata-diff/ over both (the snapshot as its own named graph), and gathers the rows.
 */
public final class SnapshotDiff {
    private final List<Path> queries;

    public SnapshotDiff(Path queryDir) throws IOException {
        try (Stream<Path> files = Files.list(queryDir)) {
            this.queries = files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
    }

    public List<Disagreement> run(DatasetGraph graph, Graph snapshot) throws WikidataException, IOException {
        DatasetGraph both = DatasetGraphFactory.createGeneral();
        // All quads, the default graph's included: in a build it is already the union of the named graphs.
        graph.find().forEachRemaining(both::add);
        both.addGraph(AC.GRAPH_WIKIDATA_SNAPSHOT, snapshot);

        List<Disagreement> out = new ArrayList<>();
        for (Path file : queries) {
            String kind = file.getFileName().toString().replaceFirst("\\.rq$", "");
            Query query;
            try {
                query = QueryFactory.create(Files.readString(file));
            } catch (QueryParseException e) {
                throw new WikidataException(file + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
            }
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(both)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) out.add(row(kind, rs.next()));
            }
        }
        return out;
    }

    private static Disagreement row(String kind, QuerySolution r) {
        Optional<Disagreement.Fix> fix = Optional.empty();
        if (r.contains("qsProperty") && r.contains("qsValue") && r.contains("sourceUrl")) {
            fix = Optional.of(new Disagreement.Fix(qid(r.get("item").asNode()), text(r, "qsProperty"), r.get("qsValue").asNode(),
                    Optional.ofNullable(r.get("qsQualifier")).map(n -> n.asLiteral().getLexicalForm()),
                    Optional.ofNullable(r.get("qsQualifierValue")).map(RDFNode::asNode), text(r, "sourceUrl")));
        }
        return new Disagreement(kind, text(r, "entity"), qid(r.get("item").asNode()), text(r, "property"), text(r, "ours"),
                text(r, "theirs"), text(r, "message"), fix);
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) return "";
        Node node = n.asNode();
        if (node.isURI()) return node.getURI().startsWith(Wikidata.WD) ? qid(node) : node.getURI();
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        return node.toString();
    }

    static String qid(Node n) {
        return n.isURI() && n.getURI().startsWith(Wikidata.WD) ? n.getURI().substring(Wikidata.WD.length()) : n.toString();
    }
}
