package org.w3id.armscontrol.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Wikidata's IRIs: its items, which the graph links to with owl:sameAs, and its own RDF
 * vocabulary, which the offline snapshot (data/wikidata/) is written in.
 */
public final class Wikidata {
    private Wikidata() {}

    /** Wikidata items (wd:Q…). */
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String P = "http://www.wikidata.org/prop/";
    public static final String PS = "http://www.wikidata.org/prop/statement/";
    public static final String PSV = "http://www.wikidata.org/prop/statement/value/";
    public static final String PQ = "http://www.wikidata.org/prop/qualifier/";
    public static final String PQV = "http://www.wikidata.org/prop/qualifier/value/";
    public static final String WDS = "http://www.wikidata.org/entity/statement/";
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    /** Wikidata writes schema.org with http://, unlike this graph's https://schema.org/. */
    public static final String SCHEMA = "http://schema.org/";
    public static final String ENTITY_DATA = "https://www.wikidata.org/wiki/Special:EntityData/";

    public static final Node rank = iri(WIKIBASE + "rank");
    public static final Node timeValue = iri(WIKIBASE + "timeValue");
    public static final Node timePrecision = iri(WIKIBASE + "timePrecision");
    public static final Node schemaAbout = iri(SCHEMA + "about");
    public static final Node schemaName = iri(SCHEMA + "name");
    public static final Node schemaIsPartOf = iri(SCHEMA + "isPartOf");
    public static final Node schemaDescription = iri(SCHEMA + "description");

    public static Node entity(String qid) { return iri(WD + qid); }
    public static Node entityData(String qid) { return iri(ENTITY_DATA + qid); }
    public static Node wdt(String property) { return iri(WDT + property); }
    public static Node p(String property) { return iri(P + property); }
    public static Node ps(String property) { return iri(PS + property); }
    public static Node psv(String property) { return iri(PSV + property); }
    public static Node pq(String property) { return iri(PQ + property); }
    public static Node pqv(String property) { return iri(PQV + property); }
    /** A statement node as Wikidata's RDF names it: the GUID with '$' turned into '-'. */
    public static Node statement(String statementId) { return iri(WDS + statementId.replace('$', '-')); }
    /** wikibase:NormalRank and the like, from a rank as the API writes it ("normal"). */
    public static Node rankValue(String rank) {
        return iri(WIKIBASE + Character.toUpperCase(rank.charAt(0)) + rank.substring(1) + "Rank");
    }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }
}
