package org.w3id.armscontrol.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One request the load generator repeats: a GET of a URL, or a SPARQL query POSTed as a form. */
record HttpTarget(String url, Optional<String> sparqlForm) {
    static final String ACCEPT = "application/sparql-results+json";

    static HttpTarget get(String url) {
        return new HttpTarget(url, Optional.empty());
    }

    /** The SPARQL protocol's POST form ({@code query=...}), as a long query cannot go in a URL. */
    static HttpTarget sparql(String endpoint, String query) {
        return new HttpTarget(endpoint, Optional.of("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }
}
