package org.w3id.armscontrol.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Gives every label column of a result in one language, for any named query: a column
 * {@code ?xLabel} whose sibling {@code ?x} holds an IRI gets that IRI's {@code rdfs:label} (or
 * {@code skos:prefLabel}, as weapon categories have) in the language, falling back to English,
 * and keeping the query's own value where the IRI has neither. A sibling holding several IRIs
 * separated by spaces (a column of type {@code iris}, e.g. {@code ?parties}) gives their labels
 * joined by ", ", in the same order.
 */
public final class LabelLanguage {
    private static final String SUFFIX = "Label";

    private LabelLanguage() {}

    /** The label columns of a result, each with the column holding the IRI it labels. */
    public static Map<String, String> labelColumns(List<String> vars) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : vars) {
            if (v.endsWith(SUFFIX) && v.length() > SUFFIX.length()) {
                String subject = v.substring(0, v.length() - SUFFIX.length());
                if (vars.contains(subject)) out.put(v, subject);
            }
        }
        return out;
    }

    /** The result with its label columns in {@code lang}; English results come back as they are. */
    public static ResultSetRewindable apply(DatasetGraph ds, ResultSetRewindable rs, Language lang) {
        rs.reset();
        Map<String, String> columns = labelColumns(rs.getResultVars());
        if (lang == Language.FALLBACK || columns.isEmpty()) return rs;
        List<Var> vars = Var.varList(rs.getResultVars());
        List<Binding> rows = Txn.calculateRead(ds, () -> {
            Graph g = ds.getDefaultGraph();
            Map<Node, Optional<Node>> cache = new HashMap<>();
            List<Binding> out = new ArrayList<>();
            while (rs.hasNext()) {
                Binding row = rs.nextBinding();
                BindingBuilder b = Binding.builder();
                for (Var v : vars) {
                    Node n = row.get(v);
                    String subject = columns.get(v.getVarName());
                    Node iri = subject == null ? null : row.get(Var.alloc(subject));
                    if (iri != null && iri.isURI()) {
                        Node label = cache.computeIfAbsent(iri, i -> label(g, i, lang)).orElse(null);
                        if (label != null) n = label;
                    } else if (iri != null && iri.isLiteral() && Column.Type.IRIS.accepts(iri)) {
                        n = joinedLabels(g, iri.getLiteralLexicalForm(), lang, cache, n);
                    }
                    if (n != null) b.add(v, n);
                }
                out.add(b.build());
            }
            return out;
        });
        rs.reset();
        return ResultSetFactory.copyResults(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
    }

    /** The labels of IRIs separated by spaces, joined by ", "; the query's own value if one has no label. */
    private static Node joinedLabels(Graph g, String iris, Language lang, Map<Node, Optional<Node>> cache, Node own) {
        List<String> labels = new ArrayList<>();
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (String s : iris.split(" ")) {
            Optional<Node> label = cache.computeIfAbsent(NodeFactory.createURI(s), i -> label(g, i, lang));
            if (label.isEmpty()) return own;
            labels.add(label.get().getLiteralLexicalForm());
            tags.add(label.get().getLiteralLanguage());
        }
        // One language tag when every label is in it; a plain string when some fell back to English.
        String joined = String.join(", ", labels);
        return tags.size() == 1 ? NodeFactory.createLiteralLang(joined, tags.iterator().next()) : NodeFactory.createLiteralString(joined);
    }

    /** The label in the language, else in English; the smallest one if there are several, so runs agree. */
    static Optional<Node> label(Graph g, Node iri, Language lang) {
        List<Node> labels = new ArrayList<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            g.find(iri, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).forEachRemaining(labels::add);
        }
        for (Language l : List.of(lang, Language.FALLBACK)) {
            Optional<Node> found = labels.stream().filter(n -> n.getLiteralLanguage().equalsIgnoreCase(l.tag()))
                    .min(Comparator.comparing(Node::getLiteralLexicalForm));
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }
}
