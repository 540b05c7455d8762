package org.w3id.armscontrol.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.rdf.Literals;
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

    Graph facts;

    @BeforeEach
    void sovietTreaties() {
        facts = GraphFactory.createDefaultGraph();
        treaty(INF, AC.BilateralTreaty);
        event("inf-signing", AC.Signing, INF, "1987-12-08", US, SU);
        event("inf-eif", AC.EntryIntoForce, INF, "1988-06-01", US, SU);
        event("inf-withdrawal-us", AC.WithdrawalEffective, INF, "2019-08-02", US);
        treaty(NPT, AC.MultilateralTreaty);
        event("npt-signing", AC.Signing, NPT, "1968-07-01", US, SU);
        event("npt-eif", AC.EntryIntoForce, NPT, "1970-03-05", US, SU);
        succession("su-ru", SU, RU, "1991-12-26", null);
    }

    @Test
    void limitedSuccessionGivesTheSuccessorThatTreatyOnly() {
        succession("su-by-inf", SU, BY, "1991-12-26", INF);
        Graph derived = new Deriver(facts, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 1, 1)).derive();

        // Belarus continues the USSR's INF signature and party roles until the treaty ends with the US withdrawal.
        assertEquals(Set.of("signatory 1991-12-26 2019-08-02", "party 1991-12-26 2019-08-02"), roles(derived, INF, BY));
        // ... and takes on nothing of the other Soviet treaty.
        assertEquals(Set.of(), roles(derived, NPT, BY));
        // Russia, the general successor, still continues the INF Treaty, and the NPT.
        assertEquals(Set.of("signatory 1991-12-26 2019-08-02", "party 1991-12-26 2019-08-02"), roles(derived, INF, RU));
        assertEquals(Set.of("signatory 1991-12-26 open", "party 1991-12-26 open"), roles(derived, NPT, RU));
        // The USSR's own roles end with the general succession, not a day later or earlier.
        assertEquals(Set.of("signatory 1987-12-08 1991-12-26", "party 1988-06-01 1991-12-26"), roles(derived, INF, SU));
        assertEquals(Set.of(US, SU, RU, BY), parties(derived, INF));
        assertEquals(Set.of(US, SU, RU), parties(derived, NPT));
    }

    @Test
    void aLaterLimitedSuccessionStartsOnItsOwnDateAndEndsWithTheSuccessorsWithdrawal() {
        // Dated after the general succession (as the Lisbon Protocol of 1992 is): the successor
        // still takes the predecessor's roles as they ran before Russia took them over. A
        // multilateral treaty, so the successor's withdrawal ends its roles, not the treaty.
        succession("su-by-npt", SU, BY, "1992-05-23", NPT);
        event("npt-withdrawal-by", AC.WithdrawalEffective, NPT, "2000-01-01", BY);
        Graph derived = new Deriver(facts, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 1, 1)).derive();
        assertEquals(Set.of("signatory 1992-05-23 2000-01-01", "party 1992-05-23 2000-01-01"), roles(derived, NPT, BY));
        assertEquals(Set.of("signatory 1991-12-26 open", "party 1991-12-26 open"), roles(derived, NPT, RU));
        assertEquals(Set.of(), roles(derived, INF, BY));
    }

    @Test
    void withoutATreatyASuccessionCarriesEveryTreaty() {
        // The same event without ac:treaty is a general succession: Belarus would get both treaties.
        succession("su-by", SU, BY, "1991-12-26", null);
        Graph derived = new Deriver(facts, GraphFactory.createDefaultGraph(), LocalDate.of(2026, 1, 1)).derive();
        assertEquals(Set.of("signatory 1991-12-26 open", "party 1991-12-26 open"), roles(derived, NPT, BY));
    }

    /** "party 1991-12-26 2019-08-02" for each derived participation of the party in the treaty. */
    static Set<String> roles(Graph derived, Node treaty, Node party) {
        Set<String> out = new TreeSet<>();
        for (Node p : derived.find(Node.ANY, AC.party, party).mapWith(Triple::getSubject).toList()) {
            if (!derived.contains(p, AC.treaty, treaty) || !derived.contains(p, RDF.Nodes.type, AC.Participation)) continue;
            Node role = one(derived, p, AC.role);
            String r = role.equals(AC.PartyRole) ? "party" : role.equals(AC.SignatoryRole) ? "signatory" : "ratifier";
            Node until = derived.find(p, AC.until, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            out.add(r + " " + one(derived, p, AC.from).getLiteralLexicalForm() + " "
                    + (until == null ? "open" : until.getLiteralLexicalForm()));
        }
        return out;
    }

    static Set<Node> parties(Graph derived, Node treaty) {
        return Set.copyOf(derived.find(treaty, AC.hasParty, Node.ANY).mapWith(Triple::getObject).toList());
    }

    static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    void treaty(Node t, Node type) {
        facts.add(Triple.create(t, RDF.Nodes.type, type));
        facts.add(Triple.create(t, RDF.Nodes.type, AC.Agreement));
    }

    void event(String id, Node type, Node treaty, String day, Node... parties) {
        Node e = Kind.EVENT.node(id);
        facts.add(Triple.create(e, RDF.Nodes.type, type));
        facts.add(Triple.create(e, AC.treaty, treaty));
        facts.add(Triple.create(e, AC.date, Literals.day(LocalDate.parse(day))));
        for (Node p : parties) facts.add(Triple.create(e, AC.party, p));
    }

    void succession(String id, Node predecessor, Node successor, String day, Node treaty) {
        Node e = Kind.EVENT.node(id);
        facts.add(Triple.create(e, RDF.Nodes.type, AC.StateSuccession));
        facts.add(Triple.create(e, AC.date, Literals.day(LocalDate.parse(day))));
        facts.add(Triple.create(e, AC.predecessor, predecessor));
        facts.add(Triple.create(e, AC.successor, successor));
        if (treaty != null) facts.add(Triple.create(e, AC.treaty, treaty));
    }
}
