package org.w3id.armscontrol.vocab;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes used when the graph is written for people to read. */
public final class Prefixes {
    private Prefixes() {}

    public static final PrefixMap MAP = PrefixMapFactory.create();

    static {
        MAP.add("ac", AC.NS);
        for (AC.Kind k : AC.Kind.values()) MAP.add(k.segment, AC.ID + k.segment + "/");
        MAP.add("rdf", RDF.uri);
        MAP.add("rdfs", RDFS.uri);
        MAP.add("owl", OWL2.NS);
        MAP.add("xsd", XSD.NS);
        MAP.add("skos", SKOS.uri);
        MAP.add("prov", Prov.NS);
        MAP.add("dcterms", DCTerms.NS);
        MAP.add("schema", SchemaDO.NS);
        MAP.add("wd", Wikidata.WD);
    }
}
