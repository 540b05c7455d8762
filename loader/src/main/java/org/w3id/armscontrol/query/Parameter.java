package org.w3id.armscontrol.query;

/**
 * A declared parameter of a named query, from its header:
 * {@code # param: NAME (TYPE[, optional | , default VALUE]): meaning}.
 */
public record Parameter(String name, Type type, boolean required, String defaultValue, String meaning) {

    /** What a value must be, and so how it is checked and bound. */
    public enum Type {
        /** A day, YYYY-MM-DD, bound as xsd:date. {@code today} means the day the query runs. */
        DATE,
        /** A state: its IRI, slug (us) or Wikidata QID (Q30). */
        PARTY,
        /** A treaty or other agreement: its IRI, slug (new-start) or QID. */
        TREATY,
        /** Any resource of the graph: its IRI, its slug, or a QID. */
        ENTITY;

        public String label() {
            return name().toLowerCase();
        }
    }
}
