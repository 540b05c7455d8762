package org.w3id.armscontrol.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.data.DataSchema;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.Quotation;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.w3id.armscontrol.vocab.Prov;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Provenance: each {@code {source: ..., quote: "..."}} entry becomes a claim node quoted from
 * its source, and the fact is derived from its claims. Quotes from saved articles are kept as
 * {@link Quotation}s for the check that they are there verbatim.
 */
final class Claims {
    private final FactWriter out;
    private final IdIndex index;
    private final Problems problems;
    private final List<Quotation> quotations = new ArrayList<>();

    Claims(FactWriter out, IdIndex index, Problems problems) {
        this.out = out;
        this.index = index;
        this.problems = problems;
    }

    /** Each entry of the record's required {@code sources:} becomes a claim {@code <id>-<n>} the subject was derived from. */
    void sources(YamlRecord r, String id, Node subject) {
        Optional<org.yaml.snakeyaml.nodes.Node> list = r.node("sources");
        if (list.isEmpty()) {
            problems.add(r.location(), "missing required field 'sources': every fact needs a source");
            return;
        }
        if (!(list.get() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.add(r.at(list.get()), "field 'sources' must be a non-empty list of {source: ..., quote: \"...\"}");
            return;
        }
        int n = 0;
        for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
            n++;
            if (!(item instanceof MappingNode m)) {
                problems.add(r.at(item), "a source entry must be a mapping {source: ..., quote: \"...\"}");
                continue;
            }
            claim(r.nested(m), Kind.CLAIM.node(id + "-" + n)).ifPresent(c -> out.add(subject, Prov.wasDerivedFrom, c));
        }
    }

    /** The claim node for one source entry, or empty if the entry names no known source. */
    Optional<Node> claim(YamlRecord entry, Node claim) {
        for (String f : entry.fieldNames()) {
            if (!DataSchema.SOURCE_ENTRY_FIELDS.contains(f)) {
                problems.add(entry.keyLocation(f), "unknown field '" + f + "' in a source entry (known: source, quote)");
            }
        }
        Optional<String> sourceId = entry.string("source", true);
        Optional<Node> source = sourceId.flatMap(id -> index.resolve("source", id, entry.location("source"), Kind.SOURCE));
        if (source.isEmpty()) return Optional.empty();
        out.origin(claim, entry.location());
        YamlRecord src = index.get(sourceId.get()).orElseThrow().record();
        boolean article = src.string("type", false).map("NewsArticle"::equals).orElse(false);
        Optional<String> quote = entry.string("quote", false);
        if (article && quote.isEmpty()) {
            problems.add(entry.location(), "a quote is required when citing news article '" + sourceId.get() + "'");
        }
        quote.ifPresent(q -> {
            src.string("file", false).ifPresent(file -> quotations.add(new Quotation(q, file, entry.location("quote"))));
            out.add(claim, Prov.value, Literals.text(q, sourceLanguage(entry)));
        });
        out.add(claim, RDF.Nodes.type, AC.Claim);
        out.add(claim, RDF.Nodes.type, Prov.Entity);
        out.add(claim, Prov.wasQuotedFrom, source.get());
        return Optional.of(claim);
    }

    /** The language of the source an entry cites: its quotes are in that language. */
    String sourceLanguage(YamlRecord entry) {
        return entry.string("source", false).flatMap(index::get)
                .flatMap(e -> e.record() == null ? Optional.empty() : e.record().string("language", false))
                .orElse("und");
    }

    /** The quotes from saved articles met so far. */
    List<Quotation> quotations() { return List.copyOf(quotations); }
}
