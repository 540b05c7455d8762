package org.w3id.armscontrol.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.rdf.KnowledgeGraph;
import org.w3id.armscontrol.vocab.AC;

/**
 * docs/MODEL.md names every ac: term the built graph uses (its properties, classes and
 * individuals, in the facts and derived graphs), so a SPARQL writer never meets an unexplained one.
 */
class ModelDocCompleteTest {

    /** The ac: terms of a graph, as "ac:Name". */
    static Set<String> terms(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(AC.NS)) out.add("ac:" + n.getURI().substring(AC.NS.length()));
            }
        });
        return out;
    }

    /** The terms the text does not name as a whole word ({@code ac:date} is not named by {@code ac:dateFrom}). */
    static Set<String> undocumented(Set<String> terms, String markdown) {
        Set<String> out = new TreeSet<>();
        for (String t : terms) {
            if (!Pattern.compile(Pattern.quote(t) + "(?![A-Za-z0-9_-])").matcher(markdown).find()) out.add(t);
        }
        return out;
    }

    @Test
    void everyTermTheGraphUsesIsInModelMd() throws Exception {
        KnowledgeGraph kg = SharedBuild.get().graph();
        Set<String> used = terms(kg.facts());
        used.addAll(terms(kg.derived()));
        assertTrue(used.contains("ac:Treaty") && used.contains("ac:dateFrom"), "terms not found: " + used);
        String model = Files.readString(TestProject.repository().resolve("docs/MODEL.md"));
        assertEquals(Set.of(), undocumented(used, model), "ac: terms used in the built graph but not in docs/MODEL.md");
    }

    @Test
    void aMissingTermIsNamed() {
        String md = "Events have `ac:date`, derived `ac:dateFrom`; see ac:Treaty.";
        assertEquals(Set.of("ac:dateUntil", "ac:Event"),
                undocumented(Set.of("ac:date", "ac:dateFrom", "ac:dateUntil", "ac:Treaty", "ac:Event"), md));
    }
}
