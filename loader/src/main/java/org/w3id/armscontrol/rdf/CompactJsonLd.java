package org.w3id.armscontrol.rdf;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * JSON-LD compacted against the project's published context (its prefixes, served as
 * {@code /context.jsonld}): {@code {"@context": URL, "@graph": [...]}} with every IRI written
 * as {@code prefix:local} where a prefix fits.
 */
public final class CompactJsonLd {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Where a server publishes the context document, below its root. */
    public static final String CONTEXT_PATH = "/context.jsonld";

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

    /**
     * The graph as JSON-LD 1.1, compacted by Jena's writer (Titanium) against the project's
     * prefixes, then pointing to the published context by URL instead of carrying it inline:
     * the two are the same prefixes, so any processor expands the output to the same triples.
     */
    public static void write(Graph graph, String contextUrl, OutputStream out) throws IOException {
        DatasetGraph ds = DatasetGraphFactory.create();
        graph.find().forEachRemaining(t -> ds.getDefaultGraph().add(t));
        ds.prefixes().putAll(Prefixes.MAP);
        ByteArrayOutputStream compacted = new ByteArrayOutputStream();
        RDFWriter.source(ds).format(RDFFormat.JSONLD11_PRETTY).output(compacted);
        JsonObject doc = JSON.parse(new ByteArrayInputStream(compacted.toByteArray()));
        doc.put("@context", new JsonString(contextUrl));
        JSON.write(out, doc);
        out.write('\n');
    }
}
