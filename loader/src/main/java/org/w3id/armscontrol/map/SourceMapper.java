package org.w3id.armscontrol.map;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.w3id.armscontrol.vocab.Prov;

/** The {@code sources} section: news articles and reference documents. */
final class SourceMapper {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private final FactWriter out;
    private final IdIndex index;
    private final Set<String> articleFiles;

    /** @param articleFiles the file names of the saved articles, which a source's {@code file} must name */
    SourceMapper(FactWriter out, IdIndex index, Set<String> articleFiles) {
        this.out = out;
        this.index = index;
        this.articleFiles = articleFiles;
    }

    void map(YamlRecord r, String id) {
        Node s = out.subject(r, Kind.SOURCE, id);
        String type = r.string("type", true).orElse("");
        switch (type) {
            case "NewsArticle" -> out.add(s, RDF.Nodes.type, SchemaDO.NewsArticle.asNode());
            case "ReferenceDocument" -> out.add(s, RDF.Nodes.type, AC.ReferenceDocument);
            case "" -> { }
            default -> r.problem("type", "source type must be NewsArticle or ReferenceDocument, not '" + type + "'");
        }
        out.add(s, RDF.Nodes.type, Prov.Entity);
        r.text("title", true).forEach((lang, t) -> out.add(s, DCTerms.title.asNode(), Literals.text(t, lang)));
        index.ref(r, "publisher", true, Kind.ORGANISATION).ifPresent(o -> out.add(s, SchemaDO.publisher.asNode(), o));
        r.string("author", false).ifPresent(a -> out.add(s, DCTerms.creator.asNode(), Literals.string(a)));
        r.date("date", false).ifPresent(d -> out.add(s, SchemaDO.datePublished.asNode(), Literals.date(d)));
        r.text("dateNote", false).forEach((lang, t) -> out.add(s, AC.dateNote, Literals.text(t, lang)));
        url(r, "url", type.equals("ReferenceDocument")).ifPresent(u -> out.add(s, SchemaDO.url.asNode(), u));
        r.string("language", true).ifPresent(l -> {
            if (!l.matches("[a-z]{2,3}")) r.problem("language", "language must be a language code such as zh or en, not '" + l + "'");
            out.add(s, DCTerms.language.asNode(), Literals.string(l));
        });
        r.string("file", false).ifPresent(f -> {
            if (!articleFiles.contains(f)) r.problem("file", "no saved article '" + f + "' in data/articles/");
            out.add(s, AC.seedFile, Literals.string(f));
        });
    }

    private static Optional<Node> url(YamlRecord r, String field, boolean required) {
        return r.string(field, required).flatMap(u -> {
            if (!URL.matcher(u).matches()) {
                r.problem(field, "'" + u + "' is not an http(s) URL");
                return Optional.empty();
            }
            return Optional.of(AC.iri(u));
        });
    }
}
