package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * {@code /ontology}: the ontology graph of the build as a page, one section per class,
 * property, individual and weapon-category concept, whose id is the term's local name, so
 * {@code https://w3id.org/arms-control/ontology#Treaty} resolves to {@code /ontology#Treaty};
 * with a diagram of the classes. An RDF client gets the ontology graph itself.
 */
final class OntologyPage extends HttpServlet {
    private static final Node LABEL = RDFS.label.asNode();

    private final WebFace.Site site;

    OntologyPage(WebFace.Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiLanguage lang = UiLanguage.of(request);
        Optional<String> type = RdfNegotiation.choose(request);
        if (type.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be one of " + RdfNegotiation.formatNames());
            return;
        }
        DatasetGraph ds = site.dataset();
        if (!type.get().equals(RdfNegotiation.HTML)) {
            Graph g = GraphFactory.createDefaultGraph();
            Txn.executeRead(ds, () -> ds.getGraph(AC.GRAPH_ONTOLOGY).find().forEachRemaining(g::add));
            g.getPrefixMapping().setNsPrefixes(Prefixes.MAP.getMapping());
            RdfNegotiation.write(request, response, g, type.get());
            return;
        }
        PageLayout.write(response, Txn.calculateRead(ds, () -> render(request, lang, ds)));
    }

    private String render(HttpServletRequest request, UiLanguage lang, DatasetGraph ds) {
        Graph ontology = ds.getGraph(AC.GRAPH_ONTOLOGY);
        TermHtml terms = new TermHtml(ds.getDefaultGraph(), lang);
        OntologyTerms all = OntologyTerms.of(ontology);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(lang.text("ontology.title"))).append("</h1>\n<p class=\"lead\">")
                .append(Html.escape(lang.text("ontology.about"))).append(" <code>").append(Html.escape(AC.NS)).append("</code></p>\n")
                .append("<p class=\"formats\">").append(Html.escape(lang.text("entity.formats")));
        for (String f : List.of("ttl", "jsonld", "nt", "rdfxml")) b.append(" <a href=\"?format=").append(f).append("\" rel=\"alternate\">").append(f).append("</a>");
        b.append("</p>\n<nav class=\"toc\"><a href=\"#classes\">").append(Html.escape(lang.text("ontology.classes"))).append("</a> · <a href=\"#object-properties\">")
                .append(Html.escape(lang.text("ontology.objectProperties"))).append("</a> · <a href=\"#datatype-properties\">")
                .append(Html.escape(lang.text("ontology.datatypeProperties"))).append("</a> · <a href=\"#annotation-properties\">")
                .append(Html.escape(lang.text("ontology.annotationProperties"))).append("</a> · <a href=\"#individuals\">")
                .append(Html.escape(lang.text("ontology.individuals"))).append("</a> · <a href=\"#concepts\">")
                .append(Html.escape(lang.text("ontology.concepts"))).append("</a></nav>\n");
        b.append("<h2 id=\"diagram\">").append(Html.escape(lang.text("ontology.diagram"))).append("</h2>\n<p class=\"note\">")
                .append(Html.escape(lang.text("ontology.diagramNote"))).append("</p>\n<div class=\"diagram\">")
                .append(OntologyDiagram.svg(ontology, all, terms, lang)).append("</div>\n");
        group(b, lang, ontology, terms, "classes", "ontology.classes", all.classes());
        group(b, lang, ontology, terms, "object-properties", "ontology.objectProperties", all.objectProperties());
        group(b, lang, ontology, terms, "datatype-properties", "ontology.datatypeProperties", all.datatypeProperties());
        group(b, lang, ontology, terms, "annotation-properties", "ontology.annotationProperties", all.annotationProperties());
        group(b, lang, ontology, terms, "individuals", "ontology.individuals", all.individuals());
        group(b, lang, ontology, terms, "concepts", "ontology.concepts", all.concepts());
        return PageLayout.render(request, lang, new Page(lang.text("ontology.title"), b.toString(), List.of(WebPaths.ASSETS + "/pages.css"), List.of()));
    }

    private static void group(StringBuilder b, UiLanguage lang, Graph g, TermHtml terms, String id, String key, List<Node> members) {
        b.append("<h2 id=\"").append(id).append("\">").append(Html.escape(lang.text(key))).append(" (").append(members.size()).append(")</h2>\n");
        for (Node t : members) section(b, lang, g, terms, t);
    }

    /** One term: its labels, definition, and its place among the others. */
    private static void section(StringBuilder b, UiLanguage lang, Graph g, TermHtml terms, Node t) {
        b.append("<section class=\"term\" id=\"").append(Html.escape(OntologyTerms.anchor(t))).append("\" about=\"").append(Html.escape(t.getURI())).append("\">\n<h3>")
                .append(Html.escape(terms.label(t))).append(" <code>").append(Html.escape(TermHtml.prefixed(t.getURI()))).append("</code></h3>\n<dl>\n");
        List<String> labels = new ArrayList<>();
        for (String tag : List.of("en", "zh", "ru")) {
            for (Node p : List.of(LABEL, SKOS.prefLabel.asNode())) {
                for (Node l : values(g, t, p)) {
                    if (l.isLiteral() && tag.equals(l.getLiteralLanguage())) {
                        labels.add("<span lang=\"" + tag + "\" class=\"label-" + tag + "\">" + Html.escape(l.getLiteralLexicalForm()) + "</span> <span class=\"tag\">@" + tag + "</span>");
                    }
                }
            }
        }
        row(b, lang.text("ontology.labels"), labels);
        row(b, lang.text("ontology.definition"), text(g, t, SKOS.definition.asNode(), lang));
        row(b, lang.text("ontology.comment"), text(g, t, RDFS.comment.asNode(), lang));
        row(b, lang.text("ontology.subClassOf"), links(g, terms, t, RDFS.subClassOf.asNode()));
        row(b, lang.text("ontology.subClasses"), incoming(g, terms, t, RDFS.subClassOf.asNode()));
        row(b, lang.text("ontology.subPropertyOf"), links(g, terms, t, RDFS.subPropertyOf.asNode()));
        row(b, lang.text("ontology.domain"), links(g, terms, t, RDFS.domain.asNode()));
        row(b, lang.text("ontology.range"), links(g, terms, t, RDFS.range.asNode()));
        row(b, lang.text("ontology.type"), values(g, t, RDF.type.asNode()).stream()
                .filter(n -> n.isURI() && !n.getURI().startsWith(OWL2.NS)).map(terms::html).toList());
        row(b, lang.text("ontology.broader"), links(g, terms, t, SKOS.broader.asNode()));
        List<String> matches = new ArrayList<>();
        for (Node p : List.of(OWL2.equivalentClass.asNode(), OWL2.equivalentProperty.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
            for (Node v : values(g, t, p)) if (v.isURI()) matches.add(terms.link(p) + " " + terms.html(v));
        }
        row(b, lang.text("ontology.matches"), matches);
        b.append("</dl>\n</section>\n");
    }

    private static void row(StringBuilder b, String name, List<String> items) {
        if (items.isEmpty()) return;
        b.append("<dt>").append(Html.escape(name)).append("</dt>");
        for (String i : items) b.append("<dd>").append(i).append("</dd>");
        b.append('\n');
    }

    /** The text of {@code p} in the page's language, else in English. */
    private static List<String> text(Graph g, Node t, Node p, UiLanguage lang) {
        for (String tag : List.of(lang.code, "en")) {
            List<String> out = values(g, t, p).stream().filter(v -> v.isLiteral() && tag.equals(v.getLiteralLanguage()))
                    .map(v -> "<span lang=\"" + tag + "\">" + Html.escape(v.getLiteralLexicalForm()) + "</span>").toList();
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    private static List<String> links(Graph g, TermHtml terms, Node t, Node p) {
        return values(g, t, p).stream().filter(Node::isURI).map(terms::html).toList();
    }

    private static List<String> incoming(Graph g, TermHtml terms, Node t, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, t).forEachRemaining(x -> { if (x.getSubject().isURI()) out.add(x.getSubject()); });
        out.sort(Comparator.comparing(Node::getURI));
        return out.stream().map(terms::html).toList();
    }

    private static List<Node> values(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(x -> out.add(x.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
