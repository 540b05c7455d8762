package org.w3id.armscontrol.wikidata;

import java.util.List;

/**
 * A Wikidata item that may be the same as one of our entities, with the evidence for and
 * against, for a curator to judge.
 *
 * @param confidence "strong" (sitelink or label, and nothing against), "weak", or "conflicting"
 */
public record Candidate(String qid, String label, String description, String enwikiTitle, String confidence,
                        List<String> evidence) {}
