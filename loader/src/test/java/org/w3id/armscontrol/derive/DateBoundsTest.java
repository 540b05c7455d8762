package org.w3id.armscontrol.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.rdf.KnowledgeGraph;
import org.w3id.armscontrol.vocab.AC;

/**
 * Every date in the facts (of day, month or year precision) comes with its day bounds in the derived
 * graph, named after its property (ac:asOf → ac:asOfFrom/ac:asOfUntil), so no query ever has to
 * compare mixed precisions. The documented exceptions: schema:datePublished on sources, a
 * correction's ac:correctedValue, and properties whose range is xsd:date (always whole days).
 */
class DateBoundsTest {
    /** A source's publication day, and a correction's value (which may be a date or a text). */
    private static final Set<Node> EXEMPT = Set.of(SchemaDO.datePublished.asNode(), AC.correctedValue);

    @Test
    void everyPartialDateHasItsDayBounds() {
        KnowledgeGraph kg = SharedBuild.get().graph();
        Graph facts = kg.facts(), derived = kg.derived();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Triple t : facts.find().toList()) {
            Node o = t.getObject();
            if (!o.isLiteral() || !isPartialDate(o.getLiteralDatatypeURI())) continue;
            if (EXEMPT.contains(t.getPredicate())) continue;
            // A property that only ever holds whole days compares as it is.
            if (kg.ontology().contains(t.getPredicate(), RDFS.range.asNode(), XSD.date.asNode())) continue;
            String p = t.getPredicate().getURI();
            Node from = AC.iri(p + "From"), until = AC.iri(p + "Until");
            List<Node> f = derived.find(t.getSubject(), from, Node.ANY).mapWith(Triple::getObject).toList();
            List<Node> u = derived.find(t.getSubject(), until, Node.ANY).mapWith(Triple::getObject).toList();
            if (f.size() != 1 || u.size() != 1) {
                missing.add(t.getSubject().getURI() + " " + p + " " + o.getLiteralLexicalForm());
                continue;
            }
            assertEquals(XSDDatatype.XSDdate.getURI(), f.get(0).getLiteralDatatypeURI());
            assertTrue(f.get(0).getLiteralLexicalForm().startsWith(o.getLiteralLexicalForm()),
                    "the first day of " + o + " is " + f.get(0));
            assertTrue(f.get(0).getLiteralLexicalForm().compareTo(u.get(0).getLiteralLexicalForm()) < 0, "from < until for " + t);
            checked++;
        }
        assertEquals(List.of(), missing, "partial dates without their derived day bounds");
        assertTrue(checked > 0, "the data has partial dates");
    }

    /** A date at any of the precisions a source may give. */
    private static boolean isPartialDate(String datatype) {
        return XSDDatatype.XSDdate.getURI().equals(datatype) || XSDDatatype.XSDgYearMonth.getURI().equals(datatype)
                || XSDDatatype.XSDgYear.getURI().equals(datatype);
    }
}
