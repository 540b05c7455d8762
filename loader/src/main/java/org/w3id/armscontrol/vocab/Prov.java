package org.w3id.armscontrol.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms the graph uses for claims and their sources (Jena has no PROV-O class). */
public final class Prov {
    private Prov() {}

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = term("Entity");
    public static final Node value = term("value");
    public static final Node wasQuotedFrom = term("wasQuotedFrom");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");

    private static Node term(String localName) { return NodeFactory.createURI(NS + localName); }
}
