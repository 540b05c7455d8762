package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.w3id.armscontrol.rdf.CompactJsonLd;

/**
 * Content negotiation for a page that is also RDF ({@code /id/…}, {@code /ontology}): a
 * {@code format=ttl|jsonld|nt|rdfxml} parameter, else the best match of {@code Accept} among
 * HTML and the four RDF syntaxes; HTML when nothing is asked for. JSON-LD is written as the
 * SPARQL endpoint writes it: compacted against the server's {@code /context.jsonld}.
 */
final class RdfNegotiation {
    private RdfNegotiation() {}

    static final String HTML = "text/html";
    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    static final String RDFXML = "application/rdf+xml";

    private static final Map<String, String> BY_NAME = Map.of("ttl", TURTLE, "turtle", TURTLE, "jsonld", JSONLD,
            "json-ld", JSONLD, "nt", NTRIPLES, "ntriples", NTRIPLES, "rdfxml", RDFXML, "xml", RDFXML, "html", HTML);
    private static final AcceptList OFFERS = AcceptList.create(HTML, TURTLE, JSONLD, NTRIPLES, RDFXML);

    /** The media type to answer with; empty when the {@code format} parameter names none of them (a 400). */
    static Optional<String> choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) return Optional.ofNullable(BY_NAME.get(format.toLowerCase(Locale.ROOT)));
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        MediaType m = AcceptList.match(new AcceptList(accept), OFFERS);
        return Optional.of(m == null ? HTML : m.getContentTypeStr());
    }

    /** The names {@code format} takes, for the 400's message. */
    static List<String> formatNames() {
        return List.of("ttl", "jsonld", "nt", "rdfxml", "html");
    }

    /** Writes {@code graph} (with its prefixes) as {@code mediaType}, one of the RDF types above. */
    static void write(HttpServletRequest request, HttpServletResponse response, Graph graph, String mediaType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (mediaType) {
            case TURTLE -> RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
            case NTRIPLES -> RDFWriter.source(graph).format(RDFFormat.NTRIPLES).output(out);
            case RDFXML -> RDFWriter.source(graph).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> CompactJsonLd.write(graph, contextUrl(request), out);
            default -> throw new IllegalArgumentException(mediaType);
        }
        response.setContentType(mediaType + "; charset=utf-8");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    /** The context document of this server, as the client reached it (as the endpoint names it). */
    static String contextUrl(HttpServletRequest r) {
        String host = r.getServerName().contains(":") ? "[" + r.getServerName() + "]" : r.getServerName();
        return r.getScheme() + "://" + host + ":" + r.getServerPort() + r.getContextPath() + CompactJsonLd.CONTEXT_PATH;
    }
}
