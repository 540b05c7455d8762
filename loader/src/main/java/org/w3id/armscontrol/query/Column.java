package org.w3id.armscontrol.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * An output column of a named query, from its header:
 * {@code # column: NAME (TYPE): meaning}. The declared columns are the query's projection, in
 * order; {@code GET /api/queries} lists them so a chart knows what it gets.
 */
public record Column(String name, Type type, String meaning) {

    /** What every value of a column is. */
    public enum Type {
        /** An IRI of the graph. */
        IRI,
        /** IRIs of the graph in one string, separated by single spaces (e.g. the states acting in an event). */
        IRIS,
        /** A string, with or without a language tag. */
        TEXT,
        /** An xsd:integer (or a type derived from it). */
        INTEGER,
        /** Any numeric literal. */
        NUMBER,
        /** An xsd:boolean (written as JSON true or false by format=json). */
        BOOLEAN,
        /** An xsd:date: one day. */
        DATE,
        /** A date kept at its source's precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
        PARTIAL_DATE,
        /** An xsd:dateTime: what tools that want instants (the Wikidata Query Service's timeline) read. */
        DATE_TIME;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Type> byLabel(String label) {
            return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
        }

        /** Whether a value fits this type. */
        public boolean accepts(Node n) {
            if (this == IRI) return n.isURI();
            if (!n.isLiteral()) return false;
            if (this == IRIS) return XSDDatatype.XSDstring.getURI().equals(dt(n))
                    && n.getLiteralLexicalForm().matches("\\S+( \\S+)*")
                    && Arrays.stream(n.getLiteralLexicalForm().split(" ")).allMatch(Column::absoluteIri);
            String dt = dt(n);
            return switch (this) {
                case TEXT -> !n.getLiteralLanguage().isEmpty() || XSDDatatype.XSDstring.getURI().equals(dt);
                case INTEGER -> numeric(n).map(NodeValue::isInteger).orElse(false);
                case NUMBER -> numeric(n).map(NodeValue::isNumber).orElse(false);
                case BOOLEAN -> XSDDatatype.XSDboolean.getURI().equals(dt);
                case DATE -> XSDDatatype.XSDdate.getURI().equals(dt);
                case PARTIAL_DATE -> XSDDatatype.XSDdate.getURI().equals(dt) || XSDDatatype.XSDgYearMonth.getURI().equals(dt)
                        || XSDDatatype.XSDgYear.getURI().equals(dt);
                case DATE_TIME -> XSDDatatype.XSDdateTime.getURI().equals(dt);
                default -> false;
            };
        }

        private static String dt(Node n) {
            return n.getLiteralDatatypeURI();
        }

        private static Optional<NodeValue> numeric(Node n) {
            try {
                return Optional.of(NodeValue.makeNode(n));
            } catch (DatatypeFormatException e) {
                return Optional.empty();
            }
        }
    }

    private static boolean absoluteIri(String s) {
        return org.apache.jena.irix.IRIx.create(s).isAbsolute();
    }
}
