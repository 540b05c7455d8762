package org.w3id.armscontrol.vocab;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** English Wikipedia: the site a sitelink is part of, and the IRIs of its articles. */
public final class Wikipedia {
    private Wikipedia() {}

    public static final String ENWIKI = "https://en.wikipedia.org/";
    public static final String ENWIKI_ARTICLE = ENWIKI + "wiki/";

    public static final Node enwiki = NodeFactory.createURI(ENWIKI);

    /**
     * The IRI of an English Wikipedia article, spelled as MediaWiki and Wikidata's RDF spell it:
     * spaces become underscores, and bytes outside A-Z a-z 0-9 {@code -_.~;@$!*(),/:} are
     * percent-encoded as UTF-8 (MediaWiki's wfUrlencode).
     */
    public static Node enwikiArticle(String title) {
        StringBuilder b = new StringBuilder(ENWIKI_ARTICLE);
        for (byte x : title.strip().replace(' ', '_').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~;@$!*(),/:".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return NodeFactory.createURI(b.toString());
    }
}
