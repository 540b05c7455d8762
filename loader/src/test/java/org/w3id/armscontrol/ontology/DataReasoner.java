package org.w3id.armscontrol.ontology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDataPropertyRangeAxiom;
import org.semanticweb.owlapi.model.OWLDataRange;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.vocab.OWL2Datatype;

/**
 * Checks an RDF graph (the ontology and data together) with HermiT, so that a property used
 * against its rdfs:domain or rdfs:range is found, and says what is wrong, or nothing.
 *
 * <p>Two things would otherwise hide a misuse:
 * <ul>
 * <li>HermiT knows only the OWL 2 datatype map. xsd:date, xsd:gYear, xsd:gYearMonth and
 *     xsd:duration are outside it, and its {@code ignoreUnsupportedDatatypes} option lets a literal
 *     of them fit any range ("2011"^^xsd:gYear would pass as an xsd:integer, "x"@en as an
 *     xsd:date). So each such literal is replaced by a stand-in of its own: the xsd:anyURI
 *     {@code urn:x-xsd-TYPE:LEXICAL}, whose value space OWL 2 keeps apart from strings and
 *     numbers; and each rdfs:range over such a type becomes the enumeration of that type's
 *     stand-ins in the graph. Distinct values stay distinct (the loader writes canonical forms),
 *     so functional properties are checked as before. rdf:langString (RDF 1.1, unknown to OWL 2)
 *     as a range becomes its OWL 2 meaning: a plain literal that is not an xsd:string. HermiT
 *     then runs with unsupported datatypes refused, not ignored.</li>
 * <li>The OWL API turns a literal on an object property, or an IRI on a data property, into an
 *     annotation that no reasoner looks at. Such triples are reported here instead.</li>
 * </ul>
 * The enumerations are exact for this check because no axiom of the ontology requires a value
 * to exist; it only constrains the values the data has.
 */
final class DataReasoner {
    private DataReasoner() {}

    private static final Set<String> STAND_IN_TYPES = Set.of(
            XSD.date.getURI(), XSD.gYear.getURI(), XSD.gYearMonth.getURI(), XSD.duration.getURI());

    /** What is wrong, one line per finding, each starting with its kind: {@code misused}, {@code ill-typed}, {@code inconsistent}. */
    static List<String> problems(Graph graph) throws Exception {
        List<String> problems = new ArrayList<>();
        Set<Node> objectProperties = typed(graph, OWL.ObjectProperty.asNode());
        Set<Node> dataProperties = typed(graph, OWL.DatatypeProperty.asNode());
        Map<String, Set<String>> standIns = new TreeMap<>();
        Graph translated = GraphFactory.createDefaultGraph();
        for (Triple t : graph.find().toList()) {
            Node o = t.getObject();
            if (objectProperties.contains(t.getPredicate()) && o.isLiteral()) problems.add("misused: a literal on an object property: " + t);
            if (dataProperties.contains(t.getPredicate()) && !o.isLiteral()) problems.add("misused: a resource on a data property: " + t);
            if (o.isLiteral() && STAND_IN_TYPES.contains(o.getLiteralDatatypeURI())) {
                if (!o.getLiteral().isWellFormed()) problems.add("ill-typed: " + t);
                String type = o.getLiteralDatatypeURI();
                String standIn = "urn:x-xsd-" + type.substring(XSD.NS.length()) + ":" + o.getLiteralLexicalForm();
                standIns.computeIfAbsent(type, k -> new TreeSet<>()).add(standIn);
                o = NodeFactory.createLiteralDT(standIn, XSDDatatype.XSDanyURI);
            }
            translated.add(t.getSubject(), t.getPredicate(), o);
        }

        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        ByteArrayOutputStream rdfXml = new ByteArrayOutputStream();
        RDFDataMgr.write(rdfXml, translated, RDFFormat.RDFXML_PLAIN);
        OWLOntology ontology = m.loadOntologyFromOntologyDocument(new StreamDocumentSource(
                new ByteArrayInputStream(rdfXml.toByteArray()), IRI.create("urn:x-arms-control:reasoner-input"), new RDFXMLDocumentFormat(), null));
        replaceRanges(m, ontology, standIns);

        Configuration c = new Configuration();
        c.ignoreUnsupportedDatatypes = false;          // an unknown datatype is an error, never a free pass
        c.throwInconsistentOntologyException = false;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, c);
        try {
            if (!reasoner.isConsistent()) problems.add("inconsistent: HermiT finds no model of the ontology and the data together");
        } finally {
            reasoner.dispose();
        }
        return problems;
    }

    private static void replaceRanges(OWLOntologyManager m, OWLOntology ontology, Map<String, Set<String>> standIns) {
        OWLDataFactory df = m.getOWLDataFactory();
        for (OWLDataPropertyRangeAxiom ax : ontology.axioms(AxiomType.DATA_PROPERTY_RANGE).toList()) {
            if (!ax.getRange().isOWLDatatype()) continue;
            String type = ax.getRange().asOWLDatatype().getIRI().toString();
            OWLDataRange range;
            if (STAND_IN_TYPES.contains(type)) {
                Set<String> values = standIns.getOrDefault(type, Set.of());
                range = values.isEmpty() ? df.getOWLDataComplementOf(df.getTopDatatype())
                        : df.getOWLDataOneOf(values.stream().map(v -> df.getOWLLiteral(v, OWL2Datatype.XSD_ANY_URI)));
            } else if (type.equals(RDF.langString.getURI())) {
                range = df.getOWLDataIntersectionOf(OWL2Datatype.RDF_PLAIN_LITERAL.getDatatype(df),
                        df.getOWLDataComplementOf(df.getStringOWLDatatype()));
            } else {
                continue;
            }
            m.removeAxiom(ontology, ax);
            m.addAxiom(ontology, df.getOWLDataPropertyRangeAxiom(ax.getProperty(), range));
        }
    }

    private static Set<Node> typed(Graph g, Node type) {
        Set<Node> out = new java.util.HashSet<>();
        g.find(Node.ANY, RDF.Nodes.type, type).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }
}
