package org.w3id.armscontrol.wikidata;

import java.util.Map;
import java.util.Optional;

/**
 * An entity of ours without a verified QID: one row of queries/unreconciled-entities.rq, plus
 * the dates a candidate's statements can be checked against (e.g. "signed" for a treaty).
 */
public record Unreconciled(String entity, String label, String kind, Optional<String> enwikiTitle,
                           Map<String, String> dates) {
    /** The keys of {@code dates}, each compared with its own Wikidata properties. */
    public static final String SIGNED = "signed";
    public static final String IN_FORCE = "in force";
    public static final String ENDED = "ended";
}
