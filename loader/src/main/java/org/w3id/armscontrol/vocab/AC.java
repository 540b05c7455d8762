package org.w3id.armscontrol.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The project's own IRIs, in one place: the ontology terms ({@code ac:}), the resource
 * namespaces and the named graphs. Reused vocabularies come from Jena's vocabulary classes
 * (RDF, RDFS, OWL2, SKOS, DCTerms, SchemaDO, XSD), or, where Jena has none, from their own
 * small classes here ({@link Prov}, {@link Pav}, {@link Wikidata}, {@link Wikipedia}).
 * Nothing else in the code spells an IRI.
 */
public final class AC {
    private AC() {}

    public static final String BASE = "https://w3id.org/arms-control/";
    public static final String NS = BASE + "ontology#";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    // Named graphs: the union of the three is the default graph.
    public static final Node GRAPH_ONTOLOGY = iri(GRAPH + "ontology");
    public static final Node GRAPH_FACTS = iri(GRAPH + "facts");
    public static final Node GRAPH_DERIVED = iri(GRAPH + "derived");
    /** Where `./kg wikidata diff` puts the Wikidata snapshot beside the graph; never served. */
    public static final Node GRAPH_WIKIDATA_SNAPSHOT = iri(GRAPH + "wikidata-snapshot");

    /** The kinds of resource, each with its own IRI path segment under {@link #ID}. */
    public enum Kind {
        TREATY("treaty"), PARTY("party"), ORGANISATION("org"), PERSON("person"), PLACE("place"),
        SOURCE("source"), EVENT("event"), LIMIT("limit"), ESTIMATE("estimate"), DECLARATION("declaration"),
        CORRECTION("correction"), PROVISION("provision"), CLAIM("claim"), PARTICIPATION("participation"),
        CATEGORY("category");

        public final String segment;
        Kind(String segment) { this.segment = segment; }
        public String iri(String slug) { return ID + segment + "/" + slug; }
        public Node node(String slug) { return AC.iri(iri(slug)); }
    }

    // ---- Classes ----
    public static final Node Agreement = term("Agreement");
    public static final Node Treaty = term("Treaty");
    public static final Node BilateralTreaty = term("BilateralTreaty");
    public static final Node MultilateralTreaty = term("MultilateralTreaty");
    public static final Node PoliticalCommitment = term("PoliticalCommitment");
    public static final Node Actor = term("Actor");
    public static final Node State = term("State");
    public static final Node Organisation = term("Organisation");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Event = term("Event");
    public static final Node TreatyEvent = term("TreatyEvent");
    public static final Node Signing = term("Signing");
    public static final Node Ratification = term("Ratification");
    public static final Node RatificationRevocation = term("RatificationRevocation");
    public static final Node EntryIntoForce = term("EntryIntoForce");
    public static final Node Extension = term("Extension");
    public static final Node Suspension = term("Suspension");
    public static final Node SuspensionOfInspections = term("SuspensionOfInspections");
    public static final Node SuspensionOfParticipation = term("SuspensionOfParticipation");
    public static final Node SuspensionOfObligations = term("SuspensionOfObligations");
    public static final Node Resumption = term("Resumption");
    public static final Node WithdrawalNotice = term("WithdrawalNotice");
    public static final Node WithdrawalEffective = term("WithdrawalEffective");
    public static final Node Expiry = term("Expiry");
    public static final Node Termination = term("Termination");
    public static final Node Supersession = term("Supersession");
    public static final Node Abandonment = term("Abandonment");
    public static final Node LimitsMet = term("LimitsMet");
    public static final Node StateSuccession = term("StateSuccession");
    public static final Node StateDissolution = term("StateDissolution");
    public static final Node Proposal = term("Proposal");
    public static final Node Strike = term("Strike");
    public static final Node Postponement = term("Postponement");
    public static final Node Participation = term("Participation");
    public static final Node ParticipationRole = term("ParticipationRole");
    public static final Node Limit = term("Limit");
    public static final Node Provision = term("Provision");
    public static final Node VerificationProvision = term("VerificationProvision");
    public static final Node ScopeExclusion = term("ScopeExclusion");
    public static final Node WeaponCount = term("WeaponCount");
    public static final Node Estimate = term("Estimate");
    public static final Node Declaration = term("Declaration");
    public static final Node Claim = term("Claim");
    public static final Node Correction = term("Correction");
    public static final Node ReferenceDocument = term("ReferenceDocument");
    public static final Node TreatyStatus = term("TreatyStatus");
    public static final Node WeaponCategoryScheme = term("WeaponCategoryScheme");
    public static final Node RatificationStep = term("RatificationStep");

    // ---- Individuals: participation roles ----
    public static final Node SignatoryRole = term("SignatoryRole");
    public static final Node RatifierRole = term("RatifierRole");
    public static final Node PartyRole = term("PartyRole");

    // ---- Individuals: treaty status as of the build date ----
    public static final Node NeverInForce = term("NeverInForce");
    public static final Node NotYetInForce = term("NotYetInForce");
    public static final Node InForce = term("InForce");
    public static final Node NoLongerInForce = term("NoLongerInForce");

    // ---- Individuals: estimate qualifiers ----
    public static final Node Exactly = term("Exactly");
    public static final Node Approximately = term("Approximately");
    public static final Node MoreThan = term("MoreThan");
    public static final Node AtLeast = term("AtLeast");
    /** For an event date: on or before it ("by"). */
    public static final Node NoLaterThan = term("NoLaterThan");

    // ---- Individuals: ratification steps ----
    public static final Node AdviceAndConsent = term("AdviceAndConsent");
    public static final Node ParliamentaryApproval = term("ParliamentaryApproval");
    public static final Node RatificationLawSigned = term("RatificationLawSigned");
    public static final Node InstrumentDeposit = term("InstrumentDeposit");

    // ---- Individuals: units ----
    public static final Node Item = term("Item");
    public static final Node Kiloton = term("Kiloton");

    // ---- Properties: agreements ----
    public static final Node formalName = term("formalName");
    public static final Node term = term("term");
    public static final Node membershipComplete = term("membershipComplete");
    public static final Node membershipNote = term("membershipNote");
    public static final Node inForceFrom = term("inForceFrom");
    public static final Node inForceUntil = term("inForceUntil");
    public static final Node status = term("status");
    public static final Node statusDate = term("statusDate");
    public static final Node hasParty = term("hasParty");
    public static final Node hasSignatory = term("hasSignatory");
    public static final Node hasParticipation = term("hasParticipation");

    // ---- Properties: events ----
    public static final Node treaty = term("treaty");
    public static final Node date = term("date");
    public static final Node dateFrom = term("dateFrom");
    public static final Node dateUntil = term("dateUntil");
    public static final Node party = term("party");
    public static final Node actor = term("actor");
    public static final Node place = term("place");
    public static final Node consideredPlace = term("consideredPlace");
    public static final Node extendedUntil = term("extendedUntil");
    public static final Node completesNotice = term("completesNotice");
    public static final Node resumes = term("resumes");
    public static final Node suspendedUntil = term("suspendedUntil");
    public static final Node supersededBy = term("supersededBy");
    public static final Node predecessor = term("predecessor");
    public static final Node successor = term("successor");
    public static final Node dissolvedState = term("dissolvedState");
    public static final Node newState = term("newState");
    public static final Node rejectedBy = term("rejectedBy");
    public static final Node limitMet = term("limitMet");
    public static final Node target = term("target");
    public static final Node plannedDate = term("plannedDate");
    public static final Node plannedDateFrom = term("plannedDateFrom");
    public static final Node plannedDateUntil = term("plannedDateUntil");
    public static final Node dateQualifier = term("dateQualifier");
    public static final Node ratificationStep = term("ratificationStep");
    public static final Node country = term("country");

    // ---- Properties: participation ----
    public static final Node role = term("role");
    public static final Node from = term("from");
    public static final Node until = term("until");

    // ---- Properties: limits ----
    public static final Node counts = term("counts");
    public static final Node maximum = term("maximum");
    public static final Node minimum = term("minimum");
    public static final Node unit = term("unit");
    public static final Node deadline = term("deadline");
    public static final Node appliesTo = term("appliesTo");

    // ---- Properties: provisions ----
    public static final Node excludes = term("excludes");

    // ---- Properties: estimates ----
    public static final Node category = term("category");
    public static final Node value = term("value");
    public static final Node qualifier = term("qualifier");
    public static final Node asOf = term("asOf");
    public static final Node projectedFor = term("projectedFor");
    public static final Node asOfFrom = term("asOfFrom");
    public static final Node asOfUntil = term("asOfUntil");
    public static final Node projectedForFrom = term("projectedForFrom");
    public static final Node projectedForUntil = term("projectedForUntil");
    public static final Node deadlineFrom = term("deadlineFrom");
    public static final Node deadlineUntil = term("deadlineUntil");
    /** A state a report or statement is about, without taking part in it. */
    public static final Node subject = term("subject");
    public static final Node estimatedBy = term("estimatedBy");
    public static final Node countsAgainst = term("countsAgainst");

    // ---- Properties: sources, claims, corrections ----
    public static final Node dateNote = term("dateNote");
    public static final Node seedFile = term("seedFile");
    public static final Node wikidataVerifiedBy = term("wikidataVerifiedBy");
    public static final Node wikidataUnreconciled = term("wikidataUnreconciled");
    public static final Node titleSeenIn = term("titleSeenIn");
    public static final Node claimedValue = term("claimedValue");
    public static final Node correctedValue = term("correctedValue");
    public static final Node corrects = term("corrects");
    public static final Node about = term("about");
    public static final Node reason = term("reason");
    public static final Node relatedTreaty = term("relatedTreaty");

    public static Node term(String localName) { return iri(NS + localName); }

    public static Node iri(String iri) { return NodeFactory.createURI(iri); }
}
