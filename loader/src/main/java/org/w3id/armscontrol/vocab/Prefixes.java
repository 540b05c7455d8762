package org.w3id.armscontrol.vocab;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes used when the graph is written for people to read. */
public final class Prefixes {
    private Prefixes() {}

    public static final PrefixMap MAP = PrefixMapFactory.create();

    static {
        MAP.add("ac", AC.NS);
        for (AC.Kind k : AC.Kind.values()) MAP.add(k.segment, AC.ID + k.segment + "/");
        MAP.add("rdf", AC.RDF);
        MAP.add("rdfs", AC.RDFS);
        MAP.add("owl", AC.OWL);
        MAP.add("xsd", AC.XSD);
        MAP.add("skos", AC.SKOS);
        MAP.add("prov", AC.PROV);
        MAP.add("dcterms", AC.DCT);
        MAP.add("schema", AC.SCHEMA);
        MAP.add("wd", AC.WD);
    }
}
