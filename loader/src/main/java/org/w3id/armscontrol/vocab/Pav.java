package org.w3id.armscontrol.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PAV terms that say when and from where the Wikidata snapshot was retrieved. */
public final class Pav {
    private Pav() {}

    public static final String NS = "http://purl.org/pav/";

    public static final Node retrievedOn = NodeFactory.createURI(NS + "retrievedOn");
    public static final Node retrievedFrom = NodeFactory.createURI(NS + "retrievedFrom");
}
