package org.w3id.armscontrol.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.w3id.armscontrol.vocab.Prov;

/**
 * The real data: Czechoslovakia's roles in the CFE and Open Skies Treaties end with its
 * dissolution on 1993-01-01 (data/succession.yaml), and the Czech Republic and Slovakia hold the
 * roles of their own entries into force, none resting on the dissolution.
 */
class CzechoslovakiaDissolutionDataTest {
    static final Node CS = Kind.PARTY.node("cs"), CZ = Kind.PARTY.node("cz"), SK = Kind.PARTY.node("sk");
    static final Node CFE = Kind.TREATY.node("cfe"), OPEN_SKIES = Kind.TREATY.node("open-skies");
    static final Node DISSOLUTION = Kind.EVENT.node("czechoslovakia-dissolution");
    static Graph derived;

    @BeforeAll
    static void load() {
        derived = SharedBuild.get().graph().derived();
    }

    @Test
    void czechoslovakiasRolesEndOnTheDayOfItsDissolution() {
        assertEquals(Set.of("signatory 1990-11-19 1993-01-01", "ratifier 1991-08-05 1993-01-01", "party 1992-11-09 1993-01-01"),
                HandBuiltFacts.roles(derived, CFE, CS));
        // It ratified the Open Skies Treaty, which entered into force only in 2002: never a party.
        assertEquals(Set.of("signatory 1992-03-24 1993-01-01", "ratifier 1992-12-21 1993-01-01"),
                HandBuiltFacts.roles(derived, OPEN_SKIES, CS));
        for (Node p : participations(CS)) assertTrue(derived.contains(p, Prov.wasDerivedFrom, DISSOLUTION), p.toString());
    }

    @Test
    void theCzechRepublicAndSlovakiaKeepTheirOwnParticipations() {
        for (Node state : List.of(CZ, SK)) {
            assertEquals(Set.of("party 1993-01-01 open"), HandBuiltFacts.roles(derived, CFE, state));
            assertEquals(Set.of("party 2002-01-01 open"), HandBuiltFacts.roles(derived, OPEN_SKIES, state));
            for (Node p : participations(state)) assertFalse(derived.contains(p, Prov.wasDerivedFrom, DISSOLUTION), p.toString());
        }
    }

    static List<Node> participations(Node party) {
        List<Node> out = derived.find(Node.ANY, AC.party, party).mapWith(Triple::getSubject)
                .filterKeep(p -> derived.contains(p, org.apache.jena.vocabulary.RDF.Nodes.type, AC.Participation)).toList();
        assertFalse(out.isEmpty(), "no participation of " + party);
        return out;
    }
}
