package org.w3id.armscontrol.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.AC;

/**
 * The ontology, its alignments and the weapon categories, checked by a DL reasoner: the whole
 * is consistent, and no class is unsatisfiable (a class nothing could ever belong to is a bug).
 */
class OntologyConsistencyTest {
    static OWLOntology merged;
    static OWLReasoner reasoner;

    @BeforeAll
    static void load() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        Path dir = TestProject.repository().resolve("ontology");
        merged = m.createOntology();
        for (String f : new String[] {"arms-control.ttl", "alignments.ttl", "weapon-categories.ttl"}) {
            OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(dir.resolve(f).toFile());
            m.addAxioms(merged, o.axioms());
        }
        Configuration c = new Configuration();
        // xsd:date and xsd:duration are outside the OWL 2 datatype map; they are data, not logic.
        c.ignoreUnsupportedDatatypes = true;
        reasoner = new ReasonerFactory().createReasoner(merged, c);
    }

    @Test
    void ontologyIsConsistent() {
        assertTrue(reasoner.isConsistent());
    }

    @Test
    void everyClassIsSatisfiable() {
        Set<String> unsatisfiable = reasoner.getUnsatisfiableClasses().entities()
                .filter(c -> !c.isOWLNothing()).map(OWLClass::toStringID).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of(), unsatisfiable);
    }

    @Test
    void theKeyClassesAreThere() {
        Set<String> classes = merged.classesInSignature().map(OWLClass::toStringID).collect(Collectors.toSet());
        for (var n : new org.apache.jena.graph.Node[] {AC.Treaty, AC.Participation, AC.Limit, AC.Estimate, AC.Claim,
                AC.WithdrawalNotice, AC.WithdrawalEffective, AC.RatificationRevocation, AC.Suspension}) {
            assertTrue(classes.contains(n.getURI()), "missing class " + n);
        }
    }
}
