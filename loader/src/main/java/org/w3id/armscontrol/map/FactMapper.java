package org.w3id.armscontrol.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.armscontrol.data.DataSchema;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.Quotation;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;

/**
 * Maps the records of the data files to the facts graph: first every id is indexed (so a
 * reference may point forward, and a duplicate is found wherever it is), then each record goes
 * to the mapper of its section. Every reference and value is checked on the way.
 */
public final class FactMapper {

    /**
     * The facts; for each resource made from a record, where that record is; and the quotes
     * from saved articles, for the check that each is there verbatim.
     */
    public record Result(Graph facts, Map<Node, Location> origins, List<Quotation> quotations) {}

    private final OntologyTerms ontology;
    private final IdIndex index;
    private final FactWriter out = new FactWriter();
    private final Claims claims;
    private final SourceMapper sources;
    private final EntityMapper entities;
    private final TreatyMapper treaties;
    private final EventMapper events;
    private final LimitMapper limits;
    private final ProvisionMapper provisions;
    private final EstimateMapper estimates;
    private final DeclarationMapper declarations;
    private final CorrectionMapper corrections;

    /** @param articleFiles the file names of the saved articles in data/articles/ */
    public FactMapper(OntologyTerms ontology, Set<String> articleFiles, Problems problems) {
        this.ontology = ontology;
        this.index = new IdIndex(problems);
        Labels labels = new Labels(out, index, ontology);
        this.claims = new Claims(out, index, problems);
        this.sources = new SourceMapper(out, index, articleFiles);
        this.entities = new EntityMapper(out, index, labels, new WikidataLinks(out, problems));
        this.treaties = new TreatyMapper(out, entities, claims);
        this.events = new EventMapper(out, index, labels, claims, ontology, problems);
        this.limits = new LimitMapper(out, index, labels, claims);
        this.provisions = new ProvisionMapper(out, index, labels, claims, problems);
        this.estimates = new EstimateMapper(out, index, labels, claims);
        this.declarations = new DeclarationMapper(out, index, labels, claims);
        this.corrections = new CorrectionMapper(out, index, labels, claims, problems);
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
                case "sources" -> sources.map(r, id);
                case "states" -> entities.map(r, id, Kind.PARTY, AC.State);
                case "organisations" -> entities.map(r, id, Kind.ORGANISATION, AC.Organisation);
                case "people" -> entities.map(r, id, Kind.PERSON, AC.Person);
                case "places" -> entities.place(r, id);
                case "treaties" -> treaties.map(r, id);
                case "events" -> events.map(r, id);
                case "limits" -> limits.map(r, id);
                case "provisions" -> provisions.map(r, id);
                case "estimates" -> estimates.map(r, id);
                case "declarations" -> declarations.map(r, id);
                case "corrections" -> corrections.map(r, id);
                default -> throw new IllegalStateException(r.section());
            }
        });
        return new Result(out.graph(), out.origins(), claims.quotations());
    }
}
