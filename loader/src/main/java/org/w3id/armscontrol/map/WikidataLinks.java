package org.w3id.armscontrol.map;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.Wikidata;
import org.w3id.armscontrol.vocab.Wikipedia;

/** An entity's links out: its Wikidata item (or why it has none yet) and its English Wikipedia article. */
final class WikidataLinks {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    /** A page title as a reader writes it: no URL, no underscores, none of MediaWiki's forbidden characters. */
    private static final Pattern WIKI_TITLE = Pattern.compile("(?!https?:)[^#<>\\[\\]{}|_]+");

    private final FactWriter out;
    private final Problems problems;

    WikidataLinks(FactWriter out, Problems problems) {
        this.out = out;
        this.problems = problems;
    }

    /** A verified QID, or an explicit note that the entity is unreconciled: exactly one. */
    void item(YamlRecord r, Node s) {
        Optional<String> qid = r.string("wikidata", false);
        Optional<String> verifiedBy = r.string("wikidataVerifiedBy", false);
        Optional<String> unreconciled = r.string("wikidataUnreconciled", false);
        if (qid.isPresent()) {
            if (!QID.matcher(qid.get()).matches()) r.problem("wikidata", "'" + qid.get() + "' is not a Wikidata QID (Q followed by digits)");
            else out.add(s, OWL2.sameAs.asNode(), Wikidata.entity(qid.get()));
            if (verifiedBy.isEmpty()) r.problem("wikidata", "a QID needs 'wikidataVerifiedBy': where it was checked");
            if (unreconciled.isPresent()) r.problem("wikidataUnreconciled", "an entity with a verified QID is not unreconciled: keep 'wikidata' or 'wikidataUnreconciled', not both");
        } else {
            if (verifiedBy.isPresent()) r.problem("wikidataVerifiedBy", "'wikidataVerifiedBy' without a 'wikidata' QID");
            if (unreconciled.isEmpty()) problems.add(r.location(), "missing 'wikidata' (a verified QID) or 'wikidataUnreconciled' (why there is none yet)");
        }
        verifiedBy.ifPresent(v -> out.add(s, AC.wikidataVerifiedBy, Literals.string(v)));
        unreconciled.ifPresent(v -> out.add(s, AC.wikidataUnreconciled, Literals.string(v)));
    }

    /** The English Wikipedia article about the entity, modelled as Wikidata's RDF models sitelinks. */
    void sitelink(YamlRecord r, Node s) {
        Optional<String> title = r.string("enwiki", false);
        Optional<String> seenIn = r.string("enwikiSeenIn", false);
        if (title.isPresent()) {
            if (!WIKI_TITLE.matcher(title.get()).matches()) {
                r.problem("enwiki", "'" + title.get() + "' is not a Wikipedia title (write it with spaces, without #<>[]{}|_ or a URL)");
                return;
            }
            if (seenIn.isEmpty()) r.problem("enwiki", "a Wikipedia title needs 'enwikiSeenIn': where it was seen");
            Node article = Wikipedia.enwikiArticle(title.get());
            out.add(article, RDF.Nodes.type, SchemaDO.Article.asNode());
            out.add(article, SchemaDO.about.asNode(), s);
            out.add(article, SchemaDO.isPartOf.asNode(), Wikipedia.enwiki);
            out.add(article, SchemaDO.name.asNode(), Literals.text(title.get(), "en"));
            seenIn.ifPresent(v -> out.add(article, AC.titleSeenIn, Literals.string(v)));
        } else if (seenIn.isPresent()) {
            r.problem("enwikiSeenIn", "'enwikiSeenIn' without an 'enwiki' title");
        }
    }
}
