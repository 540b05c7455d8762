package org.w3id.armscontrol.map;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * The text people read: a record's labels and descriptions, and for records that need not
 * name themselves (events, limits, estimates, corrections) labels made from their parts.
 */
final class Labels {
    /** Every resource gets a label in each of these languages. */
    private static final String[] LANGUAGES = {"en", "zh"};

    private final FactWriter out;
    private final IdIndex index;
    private final OntologyTerms ontology;

    Labels(FactWriter out, IdIndex index, OntologyTerms ontology) {
        this.out = out;
        this.index = index;
        this.ontology = ontology;
    }

    /** The record's {@code label}; when required, it must have en and zh. */
    void given(YamlRecord r, Node s, boolean required) {
        r.text("label", required, required ? LANGUAGES : new String[0])
                .forEach((lang, t) -> out.add(s, RDFS.Nodes.label, Literals.text(t, lang)));
    }

    /** The record's own labels; where it gives none in en or zh, one made from its parts. */
    void givenOrMade(YamlRecord r, Node s, Function<String, String> maker) {
        Map<String, String> given = r.text("label", false);
        given.forEach((lang, t) -> out.add(s, RDFS.Nodes.label, Literals.text(t, lang)));
        for (String lang : LANGUAGES) {
            if (!given.containsKey(lang)) out.add(s, RDFS.Nodes.label, Literals.text(maker.apply(lang), lang));
        }
    }

    void descriptions(YamlRecord r, Node s) {
        r.text("description", false).forEach((lang, t) -> out.add(s, SchemaDO.description.asNode(), Literals.text(t, lang)));
    }

    /**
     * The label of the resource with an id, for making another label: from the ontology for a
     * weapon category, else as mapped already, else as its record gives it.
     */
    Optional<String> of(String id, String lang) {
        return index.get(id).flatMap(e -> {
            if (e.kind() == Kind.CATEGORY) return ontology.label(Kind.CATEGORY.node(id), lang);
            return out.graph().find(e.kind().node(id), RDFS.Nodes.label, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(o -> lang.equals(o.getLiteralLanguage()))
                    .map(Node::getLiteralLexicalForm).findFirst()
                    .or(() -> e.record() == null ? Optional.empty() : Optional.ofNullable(e.record().text("label", false).get(lang)));
        });
    }
}
