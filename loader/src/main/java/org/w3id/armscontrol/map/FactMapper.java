package org.w3id.armscontrol.map;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.armscontrol.data.DataSchema;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.PartialDate;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.data.YamlRecord.Located;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.w3id.armscontrol.rdf.Literals;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.armscontrol.vocab.Prov;
import org.w3id.armscontrol.vocab.Wikidata;
import org.w3id.armscontrol.vocab.Wikipedia;

/**
 * Maps the records of the data files to the facts graph. It checks every reference (unknown
 * id, wrong kind, duplicate id), every value, and that every quote from an article really is
 * in that article. It remembers where each resource was defined, so later checks (SHACL,
 * violation queries) can point at the right line too.
 */
public final class FactMapper {

    /** The facts, and for each resource made from a record, where that record is. */
    public record Result(Graph facts, Map<Node, Location> origins) {}

    private static final java.util.regex.Pattern QID = java.util.regex.Pattern.compile("Q[1-9][0-9]*");
    /** A page title as a reader writes it: no URL, no underscores, none of MediaWiki's forbidden characters. */
    private static final java.util.regex.Pattern WIKI_TITLE = java.util.regex.Pattern.compile("(?!https?:)[^#<>\\[\\]{}|_]+");
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private final OntologyTerms ontology;
    private final Map<String, String> articleTexts;
    private final Problems problems;
    private final IdIndex index;
    private final Graph g = GraphFactory.createDefaultGraph();
    private final Map<Node, Location> origins = new HashMap<>();

    /**
     * @param articleTexts the saved article files by file name, to check quotes against
     */
    public FactMapper(OntologyTerms ontology, Map<String, String> articleTexts, Problems problems) {
        this.ontology = ontology;
        this.articleTexts = articleTexts;
        this.problems = problems;
        this.index = new IdIndex(problems);
    }

    public Result map(List<YamlRecord> records) {
        ontology.categories().keySet().forEach(slug ->
                index.define(slug, Kind.CATEGORY, new Location("ontology/weapon-categories.ttl", 1, 1), null));
        Map<YamlRecord, String> ids = new LinkedHashMap<>();
        for (YamlRecord r : records) {
            r.id().ifPresent(id -> {
                index.define(id, DataSchema.SECTIONS.get(r.section()).kind(), r.location("id"), r);
                ids.put(r, id);
            });
        }
        ids.forEach((r, id) -> {
            switch (r.section()) {
                case "sources" -> source(r, id);
                case "states" -> entity(r, id, Kind.PARTY, AC.State);
                case "organisations" -> entity(r, id, Kind.ORGANISATION, AC.Organisation);
                case "people" -> entity(r, id, Kind.PERSON, AC.Person);
                case "places" -> place(r, id);
                case "treaties" -> treaty(r, id);
                case "events" -> event(r, id);
                case "limits" -> limit(r, id);
                case "provisions" -> provision(r, id);
                case "estimates" -> estimate(r, id);
                case "corrections" -> correction(r, id);
                default -> throw new IllegalStateException(r.section());
            }
        });
        return new Result(g, origins);
    }

    // ---- sections ----

    private void source(YamlRecord r, String id) {
        var s = subject(r, Kind.SOURCE, id);
        String type = r.string("type", true).orElse("");
        switch (type) {
            case "NewsArticle" -> add(s, RDF.Nodes.type, SchemaDO.NewsArticle.asNode());
            case "ReferenceDocument" -> add(s, RDF.Nodes.type, AC.ReferenceDocument);
            case "" -> { }
            default -> r.problem("type", "source type must be NewsArticle or ReferenceDocument, not '" + type + "'");
        }
        add(s, RDF.Nodes.type, Prov.Entity);
        r.text("title", true).forEach((lang, t) -> add(s, DCTerms.title.asNode(), Literals.text(t, lang)));
        ref(r, "publisher", true, Kind.ORGANISATION).ifPresent(o -> add(s, SchemaDO.publisher.asNode(), o));
        r.string("author", false).ifPresent(a -> add(s, DCTerms.creator.asNode(), Literals.string(a)));
        r.date("date", false).ifPresent(d -> add(s, SchemaDO.datePublished.asNode(), Literals.date(d)));
        r.text("dateNote", false).forEach((lang, t) -> add(s, AC.dateNote, Literals.text(t, lang)));
        url(r, "url", type.equals("ReferenceDocument")).ifPresent(u -> add(s, SchemaDO.url.asNode(), u));
        r.string("language", true).ifPresent(l -> {
            if (!l.matches("[a-z]{2,3}")) r.problem("language", "language must be a language code such as zh or en, not '" + l + "'");
            add(s, DCTerms.language.asNode(), Literals.string(l));
        });
        r.string("file", false).ifPresent(f -> {
            if (!articleTexts.containsKey(f)) r.problem("file", "no saved article '" + f + "' in data/articles/");
            add(s, AC.seedFile, Literals.string(f));
        });
    }

    private Node entity(YamlRecord r, String id, Kind kind, Node type) {
        var s = subject(r, kind, id);
        add(s, RDF.Nodes.type, type);
        labels(r, s, true);
        r.text("description", false).forEach((lang, t) -> add(s, SchemaDO.description.asNode(), Literals.text(t, lang)));
        wikidataLink(r, s);
        sitelink(r, s);
        return s;
    }

    /** A verified QID, or an explicit note that the entity is unreconciled: exactly one. */
    private void wikidataLink(YamlRecord r, Node s) {
        Optional<String> qid = r.string("wikidata", false);
        Optional<String> verifiedBy = r.string("wikidataVerifiedBy", false);
        Optional<String> unreconciled = r.string("wikidataUnreconciled", false);
        if (qid.isPresent()) {
            if (!QID.matcher(qid.get()).matches()) r.problem("wikidata", "'" + qid.get() + "' is not a Wikidata QID (Q followed by digits)");
            else add(s, OWL2.sameAs.asNode(), Wikidata.entity(qid.get()));
            if (verifiedBy.isEmpty()) r.problem("wikidata", "a QID needs 'wikidataVerifiedBy': where it was checked");
            if (unreconciled.isPresent()) r.problem("wikidataUnreconciled", "an entity with a verified QID is not unreconciled: keep 'wikidata' or 'wikidataUnreconciled', not both");
        } else {
            if (verifiedBy.isPresent()) r.problem("wikidataVerifiedBy", "'wikidataVerifiedBy' without a 'wikidata' QID");
            if (unreconciled.isEmpty()) problems.add(r.location(), "missing 'wikidata' (a verified QID) or 'wikidataUnreconciled' (why there is none yet)");
        }
        verifiedBy.ifPresent(v -> add(s, AC.wikidataVerifiedBy, Literals.string(v)));
        unreconciled.ifPresent(v -> add(s, AC.wikidataUnreconciled, Literals.string(v)));
    }

    /** The English Wikipedia article about the entity, modelled as Wikidata's RDF models sitelinks. */
    private void sitelink(YamlRecord r, Node s) {
        Optional<String> title = r.string("enwiki", false);
        Optional<String> seenIn = r.string("enwikiSeenIn", false);
        if (title.isPresent()) {
            if (!WIKI_TITLE.matcher(title.get()).matches()) {
                r.problem("enwiki", "'" + title.get() + "' is not a Wikipedia title (write it with spaces, without #<>[]{}|_ or a URL)");
                return;
            }
            if (seenIn.isEmpty()) r.problem("enwiki", "a Wikipedia title needs 'enwikiSeenIn': where it was seen");
            Node article = Wikipedia.enwikiArticle(title.get());
            add(article, RDF.Nodes.type, SchemaDO.Article.asNode());
            add(article, SchemaDO.about.asNode(), s);
            add(article, SchemaDO.isPartOf.asNode(), Wikipedia.enwiki);
            add(article, SchemaDO.name.asNode(), Literals.text(title.get(), "en"));
            seenIn.ifPresent(v -> add(article, AC.titleSeenIn, Literals.string(v)));
        } else if (seenIn.isPresent()) {
            r.problem("enwikiSeenIn", "'enwikiSeenIn' without an 'enwiki' title");
        }
    }

    private void place(YamlRecord r, String id) {
        var s = entity(r, id, Kind.PLACE, AC.Place);
        ref(r, "country", false, Kind.PARTY).ifPresent(c -> add(s, AC.country, c));
    }

    private void treaty(YamlRecord r, String id) {
        var s = entity(r, id, Kind.TREATY, AC.Agreement);
        String type = r.string("type", true).orElse("");
        switch (type) {
            // ac:Treaty is stated too, not left to inference, so plain queries for treaties work.
            case "BilateralTreaty" -> { add(s, RDF.Nodes.type, AC.BilateralTreaty); add(s, RDF.Nodes.type, AC.Treaty); }
            case "MultilateralTreaty" -> { add(s, RDF.Nodes.type, AC.MultilateralTreaty); add(s, RDF.Nodes.type, AC.Treaty); }
            case "PoliticalCommitment" -> add(s, RDF.Nodes.type, AC.PoliticalCommitment);
            case "" -> { }
            default -> r.problem("type", "treaty type must be BilateralTreaty, MultilateralTreaty or PoliticalCommitment, not '" + type + "'");
        }
        r.text("formalName", true, "en").forEach((lang, t) -> add(s, AC.formalName, Literals.text(t, lang)));
        r.string("term", false).ifPresent(t -> {
            try {
                Period.parse(t);
                add(s, AC.term, Literals.duration(t));
            } catch (DateTimeParseException e) {
                r.problem("term", "term '" + t + "' is not an ISO 8601 duration such as P10Y");
            }
        });
        sources(r, id, s);
    }

    private void event(YamlRecord r, String id) {
        var s = subject(r, Kind.EVENT, id);
        String typeName = r.string("type", true).orElse(null);
        Node type = typeName == null ? null : ontology.eventTypes().get(typeName);
        if (typeName != null && type == null) {
            r.problem("type", "unknown event type '" + typeName + "' (known: " + String.join(", ", ontology.eventTypes().keySet()) + ")");
        }
        if (type != null) add(s, RDF.Nodes.type, type);
        for (var e : DataSchema.EVENT_TYPE_FIELDS.entrySet()) {
            if (r.has(e.getKey()) && typeName != null && !e.getValue().equals(typeName)) {
                problems.add(r.keyLocation(e.getKey()), "field '" + e.getKey() + "' is only for " + e.getValue() + " events");
            }
        }
        Optional<PartialDate> date = r.date("date", true);
        date.ifPresent(d -> add(s, AC.date, Literals.date(d)));
        boolean treatyEvent = type != null && ontology.isTreatyEvent(type);
        Optional<Node> treaty = ref(r, "treaty", false, Kind.TREATY);
        if (treatyEvent && !r.has("treaty")) {
            problems.add(r.location(), "missing required field 'treaty' (a " + typeName + " event concerns a treaty)");
        }
        treaty.ifPresent(t -> add(s, AC.treaty, t));
        refs(r, "parties", false, Kind.PARTY).forEach(p -> add(s, AC.party, p));
        refs(r, "actors", false, Kind.PERSON, Kind.ORGANISATION).forEach(a -> add(s, AC.actor, a));
        ref(r, "place", false, Kind.PLACE).ifPresent(p -> add(s, AC.place, p));
        refs(r, "consideredPlaces", false, Kind.PLACE).forEach(p -> add(s, AC.consideredPlace, p));
        r.text("description", false).forEach((lang, t) -> add(s, SchemaDO.description.asNode(), Literals.text(t, lang)));
        if ("Extension".equals(typeName)) {
            r.date("until", true).ifPresent(u -> {
                if (!u.isDay()) r.problem("until", "'until' must be a day (YYYY-MM-DD)");
                else if (date.isPresent() && !u.start().isAfter(date.get().start())) {
                    r.problem("until", "end before start: 'until' " + u.lexical() + " is not after the event's date " + date.get().lexical());
                }
                add(s, AC.extendedUntil, Literals.day(u.start()));
            });
        }
        ref(r, "notice", false, Kind.EVENT).ifPresent(n -> add(s, AC.completesNotice, n));
        if ("Supersession".equals(typeName)) ref(r, "supersededBy", true, Kind.TREATY).ifPresent(t -> add(s, AC.supersededBy, t));
        if ("StateSuccession".equals(typeName)) {
            ref(r, "predecessor", true, Kind.PARTY).ifPresent(p -> add(s, AC.predecessor, p));
            ref(r, "successor", true, Kind.PARTY).ifPresent(p -> add(s, AC.successor, p));
        }
        refs(r, "rejectedBy", false, Kind.PARTY).forEach(p -> add(s, AC.rejectedBy, p));
        refs(r, "limits", "LimitsMet".equals(typeName), Kind.LIMIT).forEach(l -> add(s, AC.limitMet, l));
        refs(r, "targets", false, Kind.PLACE).forEach(p -> add(s, AC.target, p));
        labelsOrMade(r, s, lang -> {
            String t = type == null ? "Event" : ontology.label(type, lang).orElse(typeName);
            String what = r.string("treaty", false).flatMap(tid -> labelOf(tid, lang)).orElse(null);
            String who = r.strings("parties", false).stream().map(p -> labelOf(p.value(), lang).orElse(p.value()))
                    .collect(Collectors.joining(lang.equals("zh") ? "、" : ", "));
            StringBuilder b = new StringBuilder(t);
            if (what != null) b.append(lang.equals("zh") ? "：" : ": ").append(what);
            if (!who.isEmpty()) b.append(lang.equals("zh") ? "（" + who + "）" : " (" + who + ")");
            return b.toString();
        });
        sources(r, id, s);
    }

    private void limit(YamlRecord r, String id) {
        var s = subject(r, Kind.LIMIT, id);
        add(s, RDF.Nodes.type, AC.Limit);
        ref(r, "treaty", true, Kind.TREATY).ifPresent(t -> add(s, AC.treaty, t));
        List<Located<String>> counts = r.strings("counts", true);
        refs(r, "counts", true, Kind.CATEGORY).forEach(c -> add(s, AC.counts, c));
        Optional<Long> max = r.wholeNumber("max", true);
        max.ifPresent(m -> add(s, AC.maximum, Literals.integer(m)));
        String unit = r.string("unit", false).orElse("item");
        switch (unit) {
            case "item" -> add(s, AC.unit, AC.Item);
            case "kiloton" -> add(s, AC.unit, AC.Kiloton);
            default -> r.problem("unit", "unit must be item or kiloton, not '" + unit + "'");
        }
        r.date("deadline", false).ifPresent(d -> add(s, AC.deadline, Literals.date(d)));
        refs(r, "appliesTo", true, Kind.PARTY).forEach(p -> add(s, AC.appliesTo, p));
        r.text("description", false).forEach((lang, t) -> add(s, SchemaDO.description.asNode(), Literals.text(t, lang)));
        labelsOrMade(r, s, lang -> {
            String treaty = r.string("treaty", false).flatMap(t -> labelOf(t, lang)).orElse("?");
            String what = counts.stream().map(c -> labelOf(c.value(), lang).orElse(c.value()))
                    .collect(Collectors.joining(lang.equals("zh") ? "、" : ", "));
            String n = max.map(String::valueOf).orElse("?") + (unit.equals("kiloton") ? (lang.equals("zh") ? "千吨" : " kt") : "");
            return lang.equals("zh") ? treaty + "限额：" + what + "不超过" + n : treaty + " limit: at most " + n + " (" + what + ")";
        });
        sources(r, id, s);
    }

    private void provision(YamlRecord r, String id) {
        var s = subject(r, Kind.PROVISION, id);
        String type = r.string("type", true).orElse("");
        switch (type) {
            case "ScopeExclusion" -> {
                add(s, RDF.Nodes.type, AC.ScopeExclusion);
                refs(r, "excludes", true, Kind.CATEGORY).forEach(c -> add(s, AC.excludes, c));
            }
            case "VerificationProvision" -> {
                add(s, RDF.Nodes.type, AC.VerificationProvision);
                if (r.has("excludes")) problems.add(r.keyLocation("excludes"), "field 'excludes' is only for ScopeExclusion provisions");
            }
            case "" -> { }
            default -> r.problem("type", "provision type must be ScopeExclusion or VerificationProvision, not '" + type + "'");
        }
        ref(r, "treaty", true, Kind.TREATY).ifPresent(t -> add(s, AC.treaty, t));
        labels(r, s, true);
        r.text("description", false).forEach((lang, t) -> add(s, SchemaDO.description.asNode(), Literals.text(t, lang)));
        sources(r, id, s);
    }

    private void estimate(YamlRecord r, String id) {
        var s = subject(r, Kind.ESTIMATE, id);
        add(s, RDF.Nodes.type, AC.Estimate);
        ref(r, "party", true, Kind.PARTY).ifPresent(p -> add(s, AC.party, p));
        ref(r, "category", true, Kind.CATEGORY).ifPresent(c -> add(s, AC.category, c));
        Optional<Long> value = r.wholeNumber("value", true);
        value.ifPresent(v -> add(s, AC.value, Literals.integer(v)));
        String q = r.string("qualifier", false).orElse("exactly");
        Map<String, Node> qualifiers = Map.of(
                "exactly", AC.Exactly, "about", AC.Approximately, "moreThan", AC.MoreThan, "atLeast", AC.AtLeast);
        if (qualifiers.containsKey(q)) add(s, AC.qualifier, qualifiers.get(q));
        else r.problem("qualifier", "qualifier must be exactly, about, moreThan or atLeast, not '" + q + "'");
        Optional<PartialDate> asOf = r.date("asOf", true);
        asOf.ifPresent(d -> add(s, AC.asOf, Literals.date(d)));
        r.date("projectedFor", false).ifPresent(d -> {
            if (asOf.isPresent() && d.end().isBefore(asOf.get().end())) {
                r.problem("projectedFor", "end before start: projection date " + d.lexical() + " is before the estimate's date " + asOf.get().lexical());
            }
            add(s, AC.projectedFor, Literals.date(d));
        });
        ref(r, "estimatedBy", true, Kind.ORGANISATION).ifPresent(o -> add(s, AC.estimatedBy, o));
        r.text("description", false).forEach((lang, t) -> add(s, SchemaDO.description.asNode(), Literals.text(t, lang)));
        labelsOrMade(r, s, lang -> {
            String party = r.string("party", false).flatMap(p -> labelOf(p, lang)).orElse("?");
            String cat = r.string("category", false).flatMap(c -> labelOf(c, lang)).orElse("?");
            String when = asOf.map(PartialDate::lexical).orElse("?");
            String n = value.map(String::valueOf).orElse("?");
            return lang.equals("zh") ? "估计：" + party + "，" + cat + "，" + n + "（" + when + "）"
                    : "Estimate: " + party + ", " + cat + ", " + q + " " + n + " (" + when + ")";
        });
        sources(r, id, s);
    }

    private void correction(YamlRecord r, String id) {
        var s = subject(r, Kind.CORRECTION, id);
        add(s, RDF.Nodes.type, AC.Correction);
        Optional<Node> about = r.string("about", true).flatMap(a -> index.get(a).isPresent()
                ? index.resolve("about", a, r.location("about"), index.get(a).get().kind())
                : index.resolve("about", a, r.location("about"), Kind.TREATY, Kind.EVENT, Kind.LIMIT, Kind.ESTIMATE, Kind.PROVISION));
        about.ifPresent(a -> add(s, AC.about, a));
        Optional<String> claimed = r.string("claimedValue", true);
        r.node("claim").ifPresentOrElse(n -> {
            if (n instanceof MappingNode m) {
                var claim = claim(r, r.nested(m), Kind.CLAIM.node(id + "-claimed"));
                claim.ifPresent(c -> {
                    add(s, AC.corrects, c);
                    claimed.ifPresent(v -> add(s, AC.claimedValue, Literals.text(v, sourceLanguage(r.nested(m)))));
                });
            } else {
                problems.add(r.at(n), "field 'claim' must be a mapping {source: ..., quote: \"...\"}");
            }
        }, () -> problems.add(r.location(), "missing required field 'claim'"));
        r.node("correctedValue").ifPresentOrElse(n -> {
            if (n instanceof ScalarNode) {
                r.date("correctedValue", true).ifPresent(d -> add(s, AC.correctedValue, Literals.date(d)));
            } else {
                r.text("correctedValue", true, "en").forEach((lang, t) -> add(s, AC.correctedValue, Literals.text(t, lang)));
            }
        }, () -> problems.add(r.location(), "missing required field 'correctedValue'"));
        r.text("reason", true, "en").forEach((lang, t) -> add(s, AC.reason, Literals.text(t, lang)));
        refs(r, "relatedTreaties", false, Kind.TREATY).forEach(t -> add(s, AC.relatedTreaty, t));
        labelsOrMade(r, s, lang -> {
            String what = r.string("about", false).flatMap(a -> labelOf(a, lang)).orElse("?");
            return (lang.equals("zh") ? "更正：" : "Correction: ") + what;
        });
        sources(r, id, s);
    }

    // ---- shared pieces ----

    private Node subject(YamlRecord r, Kind kind, String id) {
        var s = kind.node(id);
        origins.putIfAbsent(s, r.location());
        return s;
    }

    private void add(Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private void labels(YamlRecord r, Node s, boolean required) {
        r.text("label", required, required ? new String[] {"en", "zh"} : new String[0])
                .forEach((lang, t) -> add(s, RDFS.Nodes.label, Literals.text(t, lang)));
    }

    /** The record's own labels; where it gives none in en or zh, one made from its parts. */
    private void labelsOrMade(YamlRecord r, Node s, java.util.function.Function<String, String> maker) {
        Map<String, String> given = r.text("label", false);
        given.forEach((lang, t) -> add(s, RDFS.Nodes.label, Literals.text(t, lang)));
        for (String lang : new String[] {"en", "zh"}) {
            if (!given.containsKey(lang)) add(s, RDFS.Nodes.label, Literals.text(maker.apply(lang), lang));
        }
    }

    private Optional<String> labelOf(String id, String lang) {
        return index.get(id).flatMap(e -> {
            if (e.kind() == Kind.CATEGORY) return ontology.label(Kind.CATEGORY.node(id), lang);
            return g.find(e.kind().node(id), RDFS.Nodes.label, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(o -> lang.equals(o.getLiteralLanguage()))
                    .map(Node::getLiteralLexicalForm).findFirst()
                    .or(() -> e.record() == null ? Optional.empty() : Optional.ofNullable(e.record().text("label", false).get(lang)));
        });
    }

    private Optional<Node> ref(YamlRecord r, String field, boolean required, Kind... kinds) {
        return r.string(field, required).flatMap(id -> index.resolve(field, id, r.location(field), kinds));
    }

    private List<Node> refs(YamlRecord r, String field, boolean required, Kind... kinds) {
        List<Node> out = new ArrayList<>();
        for (Located<String> v : r.strings(field, required)) {
            index.resolve(field, v.value(), v.location(), kinds).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Node> url(YamlRecord r, String field, boolean required) {
        return r.string(field, required).flatMap(u -> {
            if (!URL.matcher(u).matches()) {
                r.problem(field, "'" + u + "' is not an http(s) URL");
                return Optional.empty();
            }
            return Optional.of(AC.iri(u));
        });
    }

    /** Each entry of {@code sources:} becomes a claim node the subject was derived from. */
    private void sources(YamlRecord r, String id, Node subject) {
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
            claim(r, r.nested(m), Kind.CLAIM.node(id + "-" + n)).ifPresent(c -> add(subject, Prov.wasDerivedFrom, c));
        }
    }

    private Optional<Node> claim(YamlRecord owner, YamlRecord entry, Node claim) {
        for (String f : entry.fieldNames()) {
            if (!DataSchema.SOURCE_ENTRY_FIELDS.contains(f)) {
                problems.add(entry.keyLocation(f), "unknown field '" + f + "' in a source entry (known: source, quote)");
            }
        }
        Optional<String> sourceId = entry.string("source", true);
        Optional<Node> source = sourceId.flatMap(id -> index.resolve("source", id, entry.location("source"), Kind.SOURCE));
        if (source.isEmpty()) return Optional.empty();
        origins.putIfAbsent(claim, entry.location());
        YamlRecord src = index.get(sourceId.get()).orElseThrow().record();
        boolean article = src.string("type", false).map("NewsArticle"::equals).orElse(false);
        Optional<String> quote = entry.string("quote", false);
        if (article && quote.isEmpty()) {
            problems.add(entry.location(), "a quote is required when citing news article '" + sourceId.get() + "'");
        }
        quote.ifPresent(q -> {
            src.string("file", false).map(articleTexts::get).ifPresent(text -> {
                if (!text.contains(q)) {
                    problems.add(entry.location("quote"), "quote not found verbatim in data/articles/" + src.string("file", false).get());
                }
            });
            add(claim, Prov.value, Literals.text(q, sourceLanguage(entry)));
        });
        add(claim, RDF.Nodes.type, AC.Claim);
        add(claim, RDF.Nodes.type, Prov.Entity);
        add(claim, Prov.wasQuotedFrom, source.get());
        return Optional.of(claim);
    }

    private String sourceLanguage(YamlRecord entry) {
        return entry.string("source", false).flatMap(index::get)
                .flatMap(e -> e.record() == null ? Optional.empty() : e.record().string("language", false))
                .orElse("und");
    }
}
