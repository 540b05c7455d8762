package org.w3id.armscontrol.query;

import java.util.List;

/**
 * A declared parameter of a named query, from its header:
 * {@code # param: NAME (TYPE[, optional | , default VALUE]): meaning}. TYPE is a type name or a
 * list of choices ({@code year|month}); {@code choices} is that list, empty for the other types.
 */
public record Parameter(String name, Type type, boolean required, String defaultValue, String meaning, List<String> choices) {

    public Parameter {
        choices = List.copyOf(choices);
    }

    public Parameter(String name, Type type, boolean required, String defaultValue, String meaning) {
        this(name, type, required, defaultValue, meaning, List.of());
    }

    /** What a value must be, and so how it is checked and bound. */
    public enum Type {
        /** A day, YYYY-MM-DD, bound as xsd:date. {@code today} means the day the query runs. */
        DATE,
        /** A state: its IRI, slug (us) or Wikidata QID (Q30). */
        PARTY,
        /** A treaty or other agreement: its IRI, slug (new-start) or QID. */
        TREATY,
        /** Any resource of the graph: its IRI, its slug, or a QID. */
        ENTITY,
        /** A source (an article or reference document): its IRI or slug. */
        SOURCE,
        /** An event class of the ontology (ac:Event or a subclass): its IRI or local name (Suspension). */
        EVENT_CLASS,
        /** {@code true} or {@code false}, bound as xsd:boolean. */
        BOOLEAN,
        /** One of the words listed in the header ({@code year|month}), bound as a plain string. */
        CHOICE;

        /** The name used in headers and in the API listing. */
        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
