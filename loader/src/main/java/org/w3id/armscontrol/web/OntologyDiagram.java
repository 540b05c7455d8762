package org.w3id.armscontrol.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology's classes as an SVG drawn on the server: a box per ac: class, placed in layers
 * by its depth in the subclass hierarchy (a layer wider than the drawing wraps onto more rows),
 * a grey line from each class up to its superclass, and a dashed blue arrow from each object
 * property's domain to its range, named by the property. Each box links to its section.
 */
final class OntologyDiagram {
    private static final int MAX_WIDTH = 1120;
    private static final int BOX_H = 24;
    private static final int GAP_X = 14;
    private static final int ROW_GAP = 46;
    private static final int CHAR_W = 7;

    private record Box(Node node, String text, int x, int y, int w) {
        int cx() { return x + w / 2; }
    }

    private OntologyDiagram() {}

    static String svg(Graph ontology, OntologyTerms terms, TermHtml labels, UiLanguage lang) {
        Set<Node> classes = new LinkedHashSet<>(terms.classes());
        Map<Node, List<Node>> parents = new HashMap<>();
        for (Node c : classes) {
            List<Node> ps = new ArrayList<>();
            ontology.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> { if (classes.contains(t.getObject())) ps.add(t.getObject()); });
            parents.put(c, ps);
        }
        Map<Node, Integer> depth = new HashMap<>();
        for (Node c : classes) depth(c, parents, depth, new LinkedHashSet<>());
        int layers = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;

        Map<Node, Box> boxes = new HashMap<>();
        int y = 10;
        int width = 0;
        for (int layer = 0; layer < layers; layer++) {
            int l = layer;
            List<Node> inLayer = classes.stream().filter(c -> depth.get(c) == l)
                    .sorted(Comparator.comparing((Node c) -> parents.get(c).isEmpty() ? "" : parents.get(c).get(0).getURI()).thenComparing(Node::getURI)).toList();
            int x = 10;
            for (Node c : inLayer) {
                String text = labels.label(c);
                int w = Math.max(60, text.length() * (lang == UiLanguage.ZH ? 14 : CHAR_W) + 16);
                if (x + w > MAX_WIDTH && x > 10) {
                    x = 10;
                    y += BOX_H + 18;
                }
                boxes.put(c, new Box(c, text, x, y, w));
                x += w + GAP_X;
                width = Math.max(width, x);
            }
            y += BOX_H + ROW_GAP;
        }
        int height = y;

        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ontology-diagram\" id=\"ontology-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(width + 10).append(' ').append(height).append("\" width=\"").append(width + 10).append("\" height=\"").append(height).append("\">\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1f5fa8\"/></marker>")
                .append("<marker id=\"triangle\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#fff\" stroke=\"#888\"/></marker></defs>\n");
        // Subclass edges: from the subclass's top to the superclass's bottom.
        for (Node c : classes) {
            Box b = boxes.get(c);
            for (Node p : parents.get(c)) {
                Box up = boxes.get(p);
                s.append("<line class=\"subclass\" x1=\"").append(b.cx()).append("\" y1=\"").append(b.y()).append("\" x2=\"").append(up.cx())
                        .append("\" y2=\"").append(up.y() + BOX_H).append("\" stroke=\"#888\" marker-end=\"url(#triangle)\"/>\n");
            }
        }
        // Object properties: domain → range.
        for (Node p : terms.objectProperties()) {
            for (Node d : values(ontology, p, RDFS.domain.asNode())) {
                for (Node r : values(ontology, p, RDFS.range.asNode())) {
                    Box from = boxes.get(d);
                    Box to = boxes.get(r);
                    if (from == null || to == null) continue;
                    int x1 = from.cx(), y1 = from.y() + BOX_H / 2, x2 = to.cx(), y2 = to.y() + BOX_H / 2;
                    int mx = (x1 + x2) / 2, my = (y1 + y2) / 2 - 20;
                    s.append("<path class=\"property\" d=\"M").append(x1).append(',').append(y1).append(" Q").append(mx).append(',').append(my)
                            .append(' ').append(x2).append(',').append(y2).append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-opacity=\".55\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\">")
                            .append("<title>").append(Html.escape(labels.label(p) + " (" + TermHtml.prefixed(p.getURI()) + "): "
                                    + labels.label(d) + " → " + labels.label(r))).append("</title></path>\n");
                }
            }
        }
        for (Node c : classes) {
            Box b = boxes.get(c);
            s.append("<a href=\"#").append(Html.escape(OntologyTerms.anchor(c))).append("\"><g class=\"class\" data-term=\"").append(Html.escape(OntologyTerms.anchor(c)))
                    .append("\"><rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.w()).append("\" height=\"").append(BOX_H)
                    .append("\" rx=\"4\" fill=\"#eef3fb\" stroke=\"#1f5fa8\"/><text x=\"").append(b.cx()).append("\" y=\"").append(b.y() + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2433\">").append(Html.escape(b.text())).append("</text>")
                    .append("<title>").append(Html.escape(TermHtml.prefixed(c.getURI()))).append("</title></g></a>\n");
        }
        return s.append("</svg>\n").toString();
    }

    private static int depth(Node c, Map<Node, List<Node>> parents, Map<Node, Integer> memo, Set<Node> path) {
        Integer known = memo.get(c);
        if (known != null) return known;
        if (!path.add(c)) return 0; // a cycle (equivalent classes): stop here
        int d = 0;
        for (Node p : parents.get(c)) d = Math.max(d, depth(p, parents, memo, path) + 1);
        path.remove(c);
        memo.put(c, d);
        return d;
    }

    private static List<Node> values(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }
}
