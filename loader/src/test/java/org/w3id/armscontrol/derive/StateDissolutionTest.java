package org.w3id.armscontrol.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.w3id.armscontrol.vocab.Prov;

/**
 * A dissolution ({@code ac:StateDissolution}) ends every role of the dissolved state on its date
 * and passes none to the new states. Built by hand after the real cases: a CFE-like treaty in
 * force before Czechoslovakia's dissolution (1993-01-01), whose new states join that day by their
 * own entry into force, and an Open-Skies-like one that Czechoslovakia ratified but that entered
 * into force only in 2002.
 */
class StateDissolutionTest {
    static final Node US = Kind.PARTY.node("us"), CS = Kind.PARTY.node("cs"), CZ = Kind.PARTY.node("cz"),
            SK = Kind.PARTY.node("sk");
    static final Node CFE = Kind.TREATY.node("cfe"), OS = Kind.TREATY.node("open-skies");
    static final Node DISSOLUTION = Kind.EVENT.node("cs-dissolution");

    HandBuiltFacts facts;

    @BeforeEach
    void treaties() {
        facts = new HandBuiltFacts();
        facts.treaty(CFE, AC.MultilateralTreaty);
        facts.event("cfe-signing", AC.Signing, CFE, "1990-11-19", US, CS);
        Node deposit = facts.event("cfe-ratification-cs", AC.Ratification, CFE, "1991-08-05", CS);
        facts.graph.add(Triple.create(deposit, AC.ratificationStep, AC.InstrumentDeposit));
        facts.event("cfe-eif", AC.EntryIntoForce, CFE, "1992-11-09", US, CS);
        facts.event("cfe-eif-cz-sk", AC.EntryIntoForce, CFE, "1993-01-01", CZ, SK);
        facts.treaty(OS, AC.MultilateralTreaty);
        facts.event("os-signing", AC.Signing, OS, "1992-03-24", US, CS);
        facts.event("os-ratification-cs", AC.Ratification, OS, "1992-12-21", CS);
        facts.event("os-eif", AC.EntryIntoForce, OS, "2002-01-01", US, CZ, SK);
    }

    @Test
    void everyRoleOfTheDissolvedStateEndsOnItsDate() {
        dissolution();
        Graph derived = facts.derive();
        assertEquals(Set.of("signatory 1990-11-19 1993-01-01", "ratifier 1991-08-05 1993-01-01", "party 1992-11-09 1993-01-01"),
                HandBuiltFacts.roles(derived, CFE, CS));
        // Ratified before the treaty was in force and gone before it was: never a party.
        assertEquals(Set.of("signatory 1992-03-24 1993-01-01", "ratifier 1992-12-21 1993-01-01"),
                HandBuiltFacts.roles(derived, OS, CS));
        // Each of its participations rests on the dissolution, which ended it.
        for (Node p : participations(derived, CS)) assertTrue(derived.contains(p, Prov.wasDerivedFrom, DISSOLUTION), p.toString());
    }

    @Test
    void theNewStatesKeepOnlyTheRolesOfTheirOwnEvents() {
        dissolution();
        Graph derived = facts.derive();
        for (Node state : List.of(CZ, SK)) {
            assertEquals(Set.of("party 1993-01-01 open"), HandBuiltFacts.roles(derived, CFE, state));
            assertEquals(Set.of("party 2002-01-01 open"), HandBuiltFacts.roles(derived, OS, state));
            // Nothing passes on: no signature or ratification of Czechoslovakia's, and no participation rests on the dissolution.
            for (Node p : participations(derived, state)) assertFalse(derived.contains(p, Prov.wasDerivedFrom, DISSOLUTION), p.toString());
        }
        assertEquals(Set.of(US, CS, CZ, SK), HandBuiltFacts.parties(derived, CFE));
        assertEquals(Set.of(US, CZ, SK), HandBuiltFacts.parties(derived, OS));
    }

    @Test
    void withoutTheDissolutionTheStateWouldHoldItsRolesStill() {
        // The same facts less the dissolution: what the event changes.
        Graph derived = facts.derive();
        assertEquals(Set.of("signatory 1990-11-19 open", "ratifier 1991-08-05 open", "party 1992-11-09 open"),
                HandBuiltFacts.roles(derived, CFE, CS));
        assertEquals(Set.of("signatory 1992-03-24 open", "ratifier 1992-12-21 open", "party 2002-01-01 open"),
                HandBuiltFacts.roles(derived, OS, CS));
    }

    @Test
    void aRoleEndedBeforeTheDissolutionKeepsItsEnd() {
        Node withdrawal = facts.event("cfe-withdrawal-cs", AC.WithdrawalEffective, CFE, "1992-12-01", CS);
        dissolution();
        Graph derived = facts.derive();
        assertEquals(Set.of("signatory 1990-11-19 1992-12-01", "ratifier 1991-08-05 1992-12-01", "party 1992-11-09 1992-12-01"),
                HandBuiltFacts.roles(derived, CFE, CS));
        for (Node p : participations(derived, CS)) {
            if (!derived.contains(p, AC.treaty, CFE)) continue;
            assertTrue(derived.contains(p, Prov.wasDerivedFrom, withdrawal), p.toString());
            assertFalse(derived.contains(p, Prov.wasDerivedFrom, DISSOLUTION), p.toString());
        }
    }

    static Set<Node> participations(Graph derived, Node party) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        derived.find(Node.ANY, AC.party, party).mapWith(Triple::getSubject)
                .filterKeep(p -> derived.contains(p, RDF.Nodes.type, AC.Participation)).forEachRemaining(out::add);
        assertFalse(out.isEmpty(), "no participation of " + party);
        return out;
    }

    void dissolution() {
        Node e = facts.event("cs-dissolution", AC.StateDissolution, null, "1993-01-01");
        facts.graph.add(Triple.create(e, AC.dissolvedState, CS));
        facts.graph.add(Triple.create(e, AC.newState, CZ));
        facts.graph.add(Triple.create(e, AC.newState, SK));
    }
}
