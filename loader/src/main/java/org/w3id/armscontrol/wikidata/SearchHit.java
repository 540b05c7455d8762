package org.w3id.armscontrol.wikidata;

/** One answer of {@code wbsearchentities}: an item whose label or alias matched the text searched. */
public record SearchHit(String id, String label, String description, String matchType, String matchText) {}
