package org.w3id.armscontrol.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * A succession limited to one treaty ({@code ac:treaty} on an {@code ac:StateSuccession}) gives the
 * successor the predecessor's roles in that treaty only, from its date, while the general successor
 * continues them too. Two Soviet treaties are built by hand: INF-like (bilateral, in force from
 * 1988, ended by a US withdrawal in 2019) and NPT-like (multilateral, never ended).
 */
class LimitedSuccessionTest {
    static final Node US = Kind.PARTY.node("us"), SU = Kind.PARTY.node("su"), RU = Kind.PARTY.node("ru"),
            BY = Kind.PARTY.node("by");
    static final Node INF = Kind.TREATY.node("inf"), NPT = Kind.TREATY.node("npt");
    static final LocalDate DISSOLUTION = LocalDate.of(1991, 12, 26), INF_END = LocalDate.of(2019, 8, 2);

    HandBuiltFacts facts;

    @BeforeEach
    void sovietTreaties() {
        facts = new HandBuiltFacts();
        facts.treaty(INF, AC.BilateralTreaty);
        facts.event("inf-signing", AC.Signing, INF, "1987-12-08", US, SU);
        facts.event("inf-eif", AC.EntryIntoForce, INF, "1988-06-01", US, SU);
        facts.event("inf-withdrawal-us", AC.WithdrawalEffective, INF, "2019-08-02", US);
        facts.treaty(NPT, AC.MultilateralTreaty);
        facts.event("npt-signing", AC.Signing, NPT, "1968-07-01", US, SU);
        facts.event("npt-eif", AC.EntryIntoForce, NPT, "1970-03-05", US, SU);
        succession("su-ru", SU, RU, "1991-12-26", null);
    }

    @Test
    void limitedSuccessionGivesTheSuccessorThatTreatyOnly() {
        succession("su-by-inf", SU, BY, "1991-12-26", INF);
        Graph derived = facts.derive();

        // Belarus continues the USSR's INF signature and party roles until the treaty ends with the US withdrawal.
        assertEquals(Set.of("signatory 1991-12-26 2019-08-02", "party 1991-12-26 2019-08-02"), HandBuiltFacts.roles(derived, INF, BY));
        // ... and takes on nothing of the other Soviet treaty.
        assertEquals(Set.of(), HandBuiltFacts.roles(derived, NPT, BY));
        // Russia, the general successor, still continues the INF Treaty, and the NPT.
        assertEquals(Set.of("signatory 1991-12-26 2019-08-02", "party 1991-12-26 2019-08-02"), HandBuiltFacts.roles(derived, INF, RU));
        assertEquals(Set.of("signatory 1991-12-26 open", "party 1991-12-26 open"), HandBuiltFacts.roles(derived, NPT, RU));
        // The USSR's own roles end with the general succession, not a day later or earlier.
        assertEquals(Set.of("signatory 1987-12-08 1991-12-26", "party 1988-06-01 1991-12-26"), HandBuiltFacts.roles(derived, INF, SU));
        assertEquals(Set.of(US, SU, RU, BY), HandBuiltFacts.parties(derived, INF));
        assertEquals(Set.of(US, SU, RU), HandBuiltFacts.parties(derived, NPT));
    }

    @Test
    void aLaterLimitedSuccessionStartsOnItsOwnDateAndEndsWithTheSuccessorsWithdrawal() {
        // Dated after the general succession (as the Lisbon Protocol of 1992 is): the successor
        // still takes the predecessor's roles as they ran before Russia took them over. A
        // multilateral treaty, so the successor's withdrawal ends its roles, not the treaty.
        succession("su-by-npt", SU, BY, "1992-05-23", NPT);
        facts.event("npt-withdrawal-by", AC.WithdrawalEffective, NPT, "2000-01-01", BY);
        Graph derived = facts.derive();
        assertEquals(Set.of("signatory 1992-05-23 2000-01-01", "party 1992-05-23 2000-01-01"), HandBuiltFacts.roles(derived, NPT, BY));
        assertEquals(Set.of("signatory 1991-12-26 open", "party 1991-12-26 open"), HandBuiltFacts.roles(derived, NPT, RU));
        assertEquals(Set.of(), HandBuiltFacts.roles(derived, INF, BY));
    }

    @Test
    void withoutATreatyASuccessionCarriesEveryTreaty() {
        // The same event without ac:treaty is a general succession: Belarus would get both treaties.
        succession("su-by", SU, BY, "1991-12-26", null);
        Graph derived = facts.derive();
        assertEquals(Set.of("signatory 1991-12-26 open", "party 1991-12-26 open"), HandBuiltFacts.roles(derived, NPT, BY));
    }

    void succession(String id, Node predecessor, Node successor, String day, Node treaty) {
        // A treaty on a succession limits it to that treaty; none makes it general.
        Node e = facts.event(id, AC.StateSuccession, treaty, day);
        facts.graph.add(Triple.create(e, AC.predecessor, predecessor));
        facts.graph.add(Triple.create(e, AC.successor, successor));
    }
}
