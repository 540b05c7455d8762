package org.w3id.armscontrol.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.TokenType;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.vocab.AC;

/**
 * Every {@code ac:} term written in the shapes file (target class, path, class, value list…) is
 * one the ontology defines, i.e. has an rdf:type there. A misspelt {@code sh:targetClass} or
 * {@code sh:path} would otherwise make its shape match nothing and pass silently. The file is
 * read token by token, so each use is reported at its own line and column, and words inside
 * comments and strings are not mistaken for uses.
 */
public final class ShapeTerms {
    private ShapeTerms() {}

    /**
     * @param text the shapes file's text, already parsed without error
     * @param prefixes the prefixes it declares
     */
    public static void check(String text, String file, PrefixMap prefixes, Graph ontology, Problems problems) {
        Tokenizer tokens = TokenizerText.fromString(text);
        while (tokens.hasNext()) {
            Token t = tokens.next();
            if (t.hasType(TokenType.LITERAL_DT)) t = t.getSubToken2();   // the datatype of "…"^^dt
            if (!t.hasType(TokenType.IRI) && !t.hasType(TokenType.PREFIXED_NAME)) continue;
            Node term;
            try {
                term = t.asNode(prefixes);
            } catch (RiotException e) {
                continue;   // an undeclared prefix: the Turtle parser has reported it already
            }
            if (term == null || !term.isURI()) continue;
            String iri = term.getURI();
            // The namespace itself (in @prefix) is not a term.
            if (!iri.startsWith(AC.NS) || iri.length() == AC.NS.length()) continue;
            if (!ontology.contains(term, RDF.Nodes.type, Node.ANY)) {
                problems.add(new Location(file, (int) t.getLine(), (int) t.getColumn()),
                        "ac:" + iri.substring(AC.NS.length()) + " is not defined in the ontology (no rdf:type in ontology/*.ttl)");
            }
        }
    }
}
