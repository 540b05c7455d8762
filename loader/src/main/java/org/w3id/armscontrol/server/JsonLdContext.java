package org.w3id.armscontrol.server;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.WebContent;
import org.w3id.armscontrol.rdf.CompactJsonLd;

/**
 * {@code GET /context.jsonld}: the JSON-LD context that compacted answers refer to, the
 * project's prefixes (ac:, treaty:, party:, …), so a JSON-LD processor can expand them.
 */
final class JsonLdContext implements ActionProcessor {
    static final String PATH = CompactJsonLd.CONTEXT_PATH;

    /** Where this server publishes the context, as the client reached it. */
    static String url(HttpAction action) {
        var r = action.getRequest();
        String host = r.getServerName().contains(":") ? "[" + r.getServerName() + "]" : r.getServerName();
        return r.getScheme() + "://" + host + ":" + r.getServerPort() + action.getContextPath() + PATH;
    }

    @Override
    public void execHead(HttpAction action) {
        execGet(action);
    }

    @Override
    public void execGet(HttpAction action) {
        action.setResponseStatus(200);
        action.setResponseContentType(WebContent.contentTypeJSONLD);
        action.setResponseCharacterEncoding(WebContent.charsetUTF8);
        try (OutputStream out = action.getResponseOutputStream()) {
            CompactJsonLd.writeContext(out);
        } catch (IOException e) {
            throw new RuntimeIOException(e);
        }
    }
}
