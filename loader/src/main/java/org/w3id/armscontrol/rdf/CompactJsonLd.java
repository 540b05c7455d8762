package org.w3id.armscontrol.rdf;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * JSON-LD compacted against the project's published context (its prefixes, served as
 * {@code /context.jsonld}): {@code {"@context": URL, "@graph": [...]}} with every IRI written
 * as {@code prefix:local} where a prefix fits. Written directly, subject by subject in IRI
 * order, so the output is stable and no JSON-LD processor has to fetch the context to write it.
 */
public final class CompactJsonLd {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private CompactJsonLd() {}

    /** The context document: {@code {"@context": {prefix: namespace, …}}}. */
    public static void writeContext(OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> e : new TreeMap<>(Prefixes.MAP.getMapping()).entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    public static void write(Graph graph, String contextUrl, OutputStream out) throws IOException {
        Map<Node, List<Triple>> bySubject = new TreeMap<>(Comparator.comparing(NodeFmtLib::strNT));
        graph.find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("@context", contextUrl);
            g.writeArrayFieldStart("@graph");
            for (var e : bySubject.entrySet()) node(g, e.getKey(), e.getValue());
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void node(JsonGenerator g, Node subject, List<Triple> triples) throws IOException {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        List<String> types = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI()) types.add(compact(t.getObject()));
            else byProperty.computeIfAbsent(compact(t.getPredicate()), p -> new ArrayList<>()).add(t.getObject());
        }
        g.writeStartObject();
        g.writeStringField("@id", compact(subject));
        if (!types.isEmpty()) {
            g.writeArrayFieldStart("@type");
            for (String type : types.stream().sorted().toList()) g.writeString(type);
            g.writeEndArray();
        }
        for (var e : byProperty.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (Node o : e.getValue().stream().sorted(Comparator.comparing(NodeFmtLib::strNT)).toList()) value(g, o);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Node o) throws IOException {
        g.writeStartObject();
        if (o.isLiteral()) {
            g.writeStringField("@value", o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) g.writeStringField("@language", o.getLiteralLanguage());
            else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) g.writeStringField("@type", compact(o.getLiteralDatatypeURI()));
        } else {
            g.writeStringField("@id", compact(o));
        }
        g.writeEndObject();
    }

    private static String compact(Node n) {
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return compact(n.getURI());
    }

    private static String compact(String iri) {
        String c = Prefixes.MAP.abbreviate(iri);
        // A local part starting with "//" would read as an absolute IRI.
        return c == null || c.substring(c.indexOf(':') + 1).startsWith("//") ? iri : c;
    }
}
