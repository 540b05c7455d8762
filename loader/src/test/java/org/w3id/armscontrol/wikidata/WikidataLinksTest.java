package org.w3id.armscontrol.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.vocab.AC;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.armscontrol.vocab.Wikipedia;

/** The real data's links to Wikidata: complete, unshared and well-formed. */
class WikidataLinksTest {
    static Graph facts;

    @BeforeAll
    static void load() throws Exception {
        facts = SharedBuild.get().graph().facts();
    }

    static List<Node> instances(Node type) {
        return facts.find(Node.ANY, RDF.Nodes.type, type).mapWith(t -> t.getSubject()).toList();
    }

    @Test
    void everyTreatyStatePersonOrganisationAndPlaceHasAQidOrAnUnreconciledEntryNotBoth() {
        int checked = 0;
        for (Node type : List.of(AC.Agreement, AC.State, AC.Person, AC.Organisation, AC.Place)) {
            for (Node e : instances(type)) {
                boolean qid = facts.contains(e, OWL2.sameAs.asNode(), Node.ANY);
                boolean unreconciled = facts.contains(e, AC.wikidataUnreconciled, Node.ANY);
                assertTrue(qid ^ unreconciled, e + ": QID " + qid + ", unreconciled " + unreconciled);
                checked++;
            }
        }
        assertTrue(checked > 80, "only " + checked + " entities checked");
        assertTrue(instances(AC.Agreement).size() >= 13);
    }

    @Test
    void noTwoEntitiesShareAQid() {
        Map<Node, Node> first = new HashMap<>();
        List<String> shared = new ArrayList<>();
        facts.find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).forEach(t -> {
            Node before = first.putIfAbsent(t.getObject(), t.getSubject());
            if (before != null) shared.add(t.getObject() + " on " + before + " and " + t.getSubject());
        });
        assertEquals(List.of(), shared);
        assertTrue(first.size() > 40, "expected the verified QIDs, found " + first.size());
    }

    @Test
    void qidsAreWellFormedAndCiteWhereTheyWereVerified() {
        facts.find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).forEach(t -> {
            assertTrue(t.getObject().isURI() && t.getObject().getURI().matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"),
                    t.toString());
            assertTrue(facts.contains(t.getSubject(), AC.wikidataVerifiedBy, Node.ANY), t.getSubject() + " has no wikidataVerifiedBy");
        });
    }

    @Test
    void sitelinksAreWikipediaArticlesNamedByTheirTitle() {
        List<Node> articles = facts.find(Node.ANY, SchemaDO.about.asNode(), Node.ANY).mapWith(t -> t.getSubject()).toList();
        assertTrue(articles.size() > 40, "sitelinks: " + articles.size());
        for (Node a : articles) {
            String title = facts.find(a, SchemaDO.name.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertEquals(Wikipedia.enwikiArticle(title), a);
            assertTrue(facts.contains(a, SchemaDO.isPartOf.asNode(), Wikipedia.enwiki) && facts.contains(a, AC.titleSeenIn, Node.ANY), a.toString());
        }
        assertEquals("https://en.wikipedia.org/wiki/Washington,_D.C.", Wikipedia.enwikiArticle("Washington, D.C.").getURI());
        assertEquals("https://en.wikipedia.org/wiki/People%27s_Republic", Wikipedia.enwikiArticle("People's Republic").getURI());
        assertEquals("https://en.wikipedia.org/wiki/Z%C3%BCrich", Wikipedia.enwikiArticle("Zürich").getURI());
    }
}
