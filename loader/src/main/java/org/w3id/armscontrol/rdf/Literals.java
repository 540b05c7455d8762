package org.w3id.armscontrol.rdf;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.armscontrol.data.PartialDate;

/** RDF literals for the values the data files hold. */
public final class Literals {
    private Literals() {}

    /** A date at its own precision: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}. */
    public static Node date(PartialDate d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.lexical(), type);
    }

    public static Node day(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    public static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    public static Node text(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    public static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    public static Node duration(String s) {
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDduration);
    }

    /** Reads back a date literal of any of the three precisions. */
    public static PartialDate partialDate(Node literal) {
        String[] error = new String[1];
        return PartialDate.parse(literal.getLiteralLexicalForm(), error)
                .orElseThrow(() -> new IllegalArgumentException(error[0]));
    }
}
