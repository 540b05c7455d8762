package org.w3id.armscontrol.wikidata;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * One row of a queries/wikidata-diff query: where this graph and the Wikidata snapshot differ.
 *
 * @param kind the query's name, e.g. "treaty-dates"
 * @param fix  where Wikidata lacks a fact we can source, the statement that would add it
 */
public record Disagreement(String kind, String entity, String item, String property, String ours, String theirs,
                           String message, Optional<Fix> fix) {

    /** A statement to add to Wikidata: item, property, value, an optional qualifier, and the source URL. */
    public record Fix(String item, String property, Node value, Optional<String> qualifier, Optional<Node> qualifierValue,
                      String sourceUrl) {}
}
