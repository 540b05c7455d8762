package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.armscontrol.rdf.ResourceDescription;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Prov;
import org.w3id.armscontrol.vocab.Wikidata;
import org.w3id.armscontrol.vocab.Wikipedia;

/**
 * {@code /id/<kind>/<slug>}: the page of {@code https://w3id.org/arms-control/id/<kind>/<slug>}.
 * A browser gets HTML (labels, facts, events in date order, incoming links, sources with their
 * quotes, Wikidata and Wikipedia links); an RDF client gets the same triples as the endpoint's
 * {@code DESCRIBE} ({@link ResourceDescription}) in Turtle, JSON-LD, N-Triples or RDF/XML.
 * An IRI the graph does not hold is a 404.
 */
final class EntityPage extends HttpServlet {
    private static final Pattern PATH = Pattern.compile("/[a-z]+/[A-Za-z0-9._~-]+");
    /** What makes a node an event of this resource: it names the resource in one of these. */
    private static final List<Node> EVENT_LINKS = List.of(AC.treaty, AC.party, AC.subject);
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    private final WebFace.Site site;

    EntityPage(WebFace.Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiLanguage lang = UiLanguage.of(request);
        String path = request.getPathInfo();
        Node iri = path != null && PATH.matcher(path).matches() ? NodeFactory.createURI(AC.ID + path.substring(1)) : null;
        DatasetGraph ds = site.dataset();
        boolean known = iri != null && Txn.calculateRead(ds, () -> ds.getDefaultGraph().contains(iri, Node.ANY, Node.ANY));
        if (!known) {
            notFound(request, response, lang, path);
            return;
        }
        Optional<String> type = RdfNegotiation.choose(request);
        if (type.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be one of " + RdfNegotiation.formatNames());
            return;
        }
        if (!type.get().equals(RdfNegotiation.HTML)) {
            Graph description = Txn.calculateRead(ds, () -> ResourceDescription.of(ds.getDefaultGraph(), List.of(iri)));
            RdfNegotiation.write(request, response, description, type.get());
            return;
        }
        String html = Txn.calculateRead(ds, () -> render(request, lang, iri));
        PageLayout.write(response, html);
    }

    static void notFound(HttpServletRequest request, HttpServletResponse response, UiLanguage lang, String path) throws IOException {
        String body = "<h1>" + Html.escape(lang.text("entity.notFound")) + "</h1>\n<p class=\"error\"><code>"
                + Html.escape(AC.ID + (path == null ? "" : path.substring(1))) + "</code></p>\n";
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        PageLayout.write(response, PageLayout.render(request, lang, Page.of(lang.text("entity.notFound"), body)));
    }

    private String render(HttpServletRequest request, UiLanguage lang, Node iri) {
        DatasetGraph ds = site.dataset();
        Graph g = ds.getDefaultGraph();
        TermHtml terms = new TermHtml(g, lang);
        StringBuilder b = new StringBuilder();
        String title = terms.label(iri);
        b.append("<article class=\"entity\" about=\"").append(Html.escape(iri.getURI())).append("\">\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"iri\"><code>").append(Html.escape(iri.getURI())).append("</code> · <code>")
                .append(Html.escape(TermHtml.prefixed(iri.getURI()))).append("</code>");
        List<Node> types = objects(ds.getGraph(AC.GRAPH_FACTS), iri, RDF.type.asNode());
        for (Node t : types) b.append(" · ").append(terms.html(t));
        b.append("</p>\n");
        for (String f : List.of("ttl", "jsonld", "nt", "rdfxml")) {
            if (f.equals("ttl")) b.append("<p class=\"formats\">").append(Html.escape(lang.text("entity.formats"))).append(' ');
            b.append("<a href=\"?format=").append(f).append("\" rel=\"alternate\">").append(f).append("</a> ");
        }
        b.append("</p>\n");

        // Labels in every language the graph has, the page's own first.
        b.append("<h2>").append(Html.escape(lang.text("entity.labels"))).append("</h2>\n<table class=\"labels\">\n");
        for (String tag : List.of("en", "zh", "ru")) {
            for (Node p : List.of(LABEL, PREF_LABEL)) {
                for (Node l : objects(g, iri, p)) {
                    if (!tag.equals(l.getLiteralLanguage())) continue;
                    b.append("<tr><th>").append(tag).append("</th><td lang=\"").append(tag).append("\" class=\"label-").append(tag).append("\">")
                            .append(Html.escape(l.getLiteralLexicalForm())).append("</td></tr>\n");
                }
            }
        }
        b.append("</table>\n");
        links(b, lang, g, iri);

        // Its own facts, grouped by property (labels are shown above).
        b.append("<h2>").append(Html.escape(lang.text("entity.facts"))).append("</h2>\n<table class=\"facts\">\n");
        Map<Node, List<Node>> facts = new LinkedHashMap<>();
        g.find(iri, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !t.getPredicate().equals(LABEL) && !t.getPredicate().equals(PREF_LABEL))
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()))
                .forEach(t -> facts.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        facts.forEach((p, values) -> {
            b.append("<tr><th>").append(terms.link(p)).append("</th><td><ul class=\"values\">");
            for (Node v : values) b.append("<li>").append(terms.html(v)).append("</li>");
            b.append("</ul></td></tr>\n");
        });
        b.append("</table>\n");

        events(b, lang, ds, terms, iri);
        incoming(b, lang, g, terms, iri);
        sources(b, lang, g, terms, iri);
        b.append("</article>\n");
        return PageLayout.render(request, lang, new Page(title, b.toString(), List.of(WebPaths.ASSETS + "/pages.css"), List.of()));
    }

    /** The Wikidata item ({@code owl:sameAs wd:Q…}) and the English Wikipedia article ({@code schema:about}). */
    private static void links(StringBuilder b, UiLanguage lang, Graph g, Node iri) {
        List<String> out = new ArrayList<>();
        for (Node same : objects(g, iri, OWL2.sameAs.asNode())) {
            if (!same.isURI() || !same.getURI().startsWith(Wikidata.WD)) continue;
            String qid = same.getURI().substring(Wikidata.WD.length());
            out.add("<a class=\"wikidata external\" href=\"https://www.wikidata.org/wiki/" + Html.escape(qid) + "\">Wikidata " + Html.escape(qid) + "</a>");
        }
        for (Triple t : g.find(Node.ANY, SchemaDO.about.asNode(), iri).toList()) {
            Node article = t.getSubject();
            if (article.isURI() && g.contains(article, SchemaDO.isPartOf.asNode(), Wikipedia.enwiki)) {
                out.add("<a class=\"wikipedia external\" href=\"" + Html.escape(article.getURI()) + "\">" + Html.escape(lang.text("entity.wikipedia")) + "</a>");
            }
        }
        if (out.isEmpty()) return;
        b.append("<p class=\"links\">").append(String.join(" · ", out)).append("</p>\n");
    }

    /** Events that name the resource as their treaty, a party or their subject, in date order. */
    private static void events(StringBuilder b, UiLanguage lang, DatasetGraph ds, TermHtml terms, Node iri) {
        Graph g = ds.getDefaultGraph();
        Map<Node, Node> how = new LinkedHashMap<>();
        for (Node p : EVENT_LINKS) {
            for (Triple t : g.find(Node.ANY, p, iri).toList()) {
                if (g.contains(t.getSubject(), AC.date, Node.ANY)) how.putIfAbsent(t.getSubject(), p);
            }
        }
        if (how.isEmpty()) return;
        List<Node> events = new ArrayList<>(how.keySet());
        events.sort(Comparator.comparing((Node e) -> first(g, e, AC.dateFrom).map(Node::getLiteralLexicalForm).orElse(""))
                .thenComparing(Node::getURI));
        b.append("<h2>").append(Html.escape(lang.text("entity.events"))).append("</h2>\n<table class=\"events\">\n<tr><th>")
                .append(Html.escape(lang.text("entity.date"))).append("</th><th>").append(Html.escape(lang.text("entity.type"))).append("</th><th>")
                .append(Html.escape(lang.text("entity.event"))).append("</th><th>").append(Html.escape(lang.text("entity.as"))).append("</th></tr>\n");
        for (Node e : events) {
            b.append("<tr class=\"event\" data-iri=\"").append(Html.escape(e.getURI())).append("\"><td>");
            first(g, e, AC.date).ifPresent(d -> b.append(Html.escape(d.getLiteralLexicalForm())));
            b.append("</td><td>");
            List<Node> types = objects(ds.getGraph(AC.GRAPH_FACTS), e, RDF.type.asNode());
            b.append(String.join(", ", types.stream().map(terms::html).toList()));
            b.append("</td><td>").append(terms.link(e)).append("</td><td>").append(terms.link(how.get(e))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** Every node that points to the resource, by property. */
    private static void incoming(StringBuilder b, UiLanguage lang, Graph g, TermHtml terms, Node iri) {
        List<Triple> in = new ArrayList<>(g.find(Node.ANY, Node.ANY, iri).toList());
        if (in.isEmpty()) return;
        in.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
        b.append("<h2>").append(Html.escape(lang.text("entity.incoming"))).append("</h2>\n<table class=\"incoming\">\n");
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : in) byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        byProperty.forEach((p, subjects) -> {
            b.append("<tr><th>").append(terms.link(p)).append("</th><td><ul class=\"values\">");
            for (Node s : subjects) b.append("<li>").append(terms.html(s)).append("</li>");
            b.append("</ul></td></tr>\n");
        });
        b.append("</table>\n");
    }

    /**
     * The claims the resource is derived from: each with its verbatim quote and the source it
     * was quoted from (title, publisher, date, URL). A derived resource (a participation) is
     * derived from events instead, which are listed as facts.
     */
    private static void sources(StringBuilder b, UiLanguage lang, Graph g, TermHtml terms, Node iri) {
        Set<Node> claims = new LinkedHashSet<>();
        for (Node c : objects(g, iri, Prov.wasDerivedFrom)) if (g.contains(c, Prov.wasQuotedFrom, Node.ANY)) claims.add(c);
        if (g.contains(iri, Prov.wasQuotedFrom, Node.ANY)) claims.add(iri);
        if (claims.isEmpty()) return;
        b.append("<h2>").append(Html.escape(lang.text("entity.sources"))).append("</h2>\n<ol class=\"sources\">\n");
        for (Node c : claims) {
            b.append("<li class=\"claim\">");
            for (Node q : objects(g, c, Prov.value)) {
                String ql = q.getLiteralLanguage();
                b.append("<blockquote class=\"quote\"").append(ql == null || ql.isEmpty() ? "" : " lang=\"" + Html.escape(ql) + "\"").append('>')
                        .append(Html.escape(q.getLiteralLexicalForm())).append("</blockquote>");
            }
            b.append("<p class=\"cite\">").append(terms.link(c)).append(" — ");
            for (Node s : objects(g, c, Prov.wasQuotedFrom)) {
                b.append(terms.link(s));
                for (Node p : objects(g, s, SchemaDO.publisher.asNode())) b.append(" · ").append(terms.html(p));
                for (Node d : objects(g, s, SchemaDO.datePublished.asNode())) b.append(" · ").append(Html.escape(d.getLiteralLexicalForm()));
                for (Node u : objects(g, s, SchemaDO.url.asNode())) {
                    String url = u.isURI() ? u.getURI() : u.getLiteralLexicalForm();
                    b.append(" · <a class=\"external\" rel=\"nofollow\" href=\"").append(Html.escape(url)).append("\">").append(Html.escape(url)).append("</a>");
                }
            }
            b.append("</p></li>\n");
        }
        b.append("</ol>\n");
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().findFirst();
    }
}
