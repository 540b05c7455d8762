package org.w3id.armscontrol.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * RDF terms as the server-rendered pages show them: a resource as its label in the page's
 * language (English where it has none, its prefixed name where it has no label at all), linked
 * to its page here or, outside the graph, to itself; a literal as its text with its language or
 * its datatype. Reads {@code graph} (the default graph) inside the caller's read transaction.
 */
final class TermHtml {
    private final Graph graph;
    private final UiLanguage lang;
    private final Map<Node, String> labels = new HashMap<>();

    TermHtml(Graph graph, UiLanguage lang) {
        this.graph = graph;
        this.lang = lang;
    }

    /** Where {@code iri} is shown on this server: {@code /id/…}, {@code /ontology#Term}, or itself outside the graph. */
    static String pageOf(String iri) {
        if (iri.startsWith(AC.ID)) return WebPaths.ID + "/" + iri.substring(AC.ID.length());
        if (iri.startsWith(AC.NS)) return WebPaths.ONTOLOGY + "#" + iri.substring(AC.NS.length());
        return iri;
    }

    /** The label of {@code n} in the page's language, else English, else its prefixed name. */
    String label(Node n) {
        return labels.computeIfAbsent(n, this::findLabel);
    }

    private String findLabel(Node n) {
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        for (String tag : List.of(lang.code, "en")) {
            for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
                for (Triple t : graph.find(n, p, Node.ANY).toList()) {
                    if (t.getObject().isLiteral() && tag.equals(t.getObject().getLiteralLanguage())) return t.getObject().getLiteralLexicalForm();
                }
            }
        }
        return prefixed(n.getURI());
    }

    /** {@code treaty:new-start} for a full IRI with a known prefix, else the IRI. */
    static String prefixed(String iri) {
        String p = Prefixes.MAP.abbreviate(iri);
        return p == null ? iri : p;
    }

    /** A term as HTML: a link with the label for an IRI, the text with its language or datatype for a literal. */
    String html(Node n) {
        if (n.isURI()) return link(n);
        if (n.isLiteral()) return literal(n);
        return Html.escape(n.toString());
    }

    /** An IRI as a link to its page, labelled; a link out of the graph says so with its class. */
    String link(Node iri) {
        String page = pageOf(iri.getURI());
        boolean external = page.equals(iri.getURI());
        return "<a href=\"" + Html.escape(external ? page : local(lang, page)) + "\" title=\"" + Html.escape(prefixed(iri.getURI())) + "\""
                + (external ? " class=\"external\" rel=\"nofollow\"" : "") + ">" + Html.escape(label(iri)) + "</a>";
    }

    /** A path on this server in the page's language, the fragment (if any) kept last. */
    static String local(UiLanguage lang, String page) {
        int hash = page.indexOf('#');
        return hash < 0 ? PageLayout.link(lang, page) : PageLayout.link(lang, page.substring(0, hash)) + page.substring(hash);
    }

    static String literal(Node lit) {
        String text = "<span class=\"literal\">" + Html.escape(lit.getLiteralLexicalForm()) + "</span>";
        String language = lit.getLiteralLanguage();
        if (language != null && !language.isEmpty()) return text + " <span class=\"tag\" lang=\"en\">@" + Html.escape(language) + "</span>";
        String dt = lit.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSD.xstring.getURI())) return text;
        return text + " <span class=\"tag\">" + Html.escape(prefixed(dt)) + "</span>";
    }
}
