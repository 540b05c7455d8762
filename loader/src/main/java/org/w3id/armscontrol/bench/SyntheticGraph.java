package org.w3id.armscontrol.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.armscontrol.data.PartialDate;
import org.w3id.armscontrol.derive.TypeClosure;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.w3id.armscontrol.vocab.Prov;

/**
 * A graph shaped like the real build, of any size, for measuring growth: agreements with labels,
 * parties, dated events of the ontology's event classes (with day bounds), participations with
 * from/until, limits, a source per agreement and a claim with a quote behind every fact, in the
 * three named graphs the build writes (the real ontology in the ontology graph).
 *
 * <p>Deterministic from its seed: agreement {@code i} depends only on the seed and {@code i}
 * ({@link #plan}), so the graph is written one agreement at a time, never held whole, and the
 * ground truth ({@link #inForce}) is recomputed rather than stored.
 *
 * <p>How it grows: the first {@link #US_RUSSIA} agreements are bilateral between the United States
 * and the USSR/Russia (succession on 1991-12-26, as in the real data); every other agreement binds
 * two (or, one in four, three to six) states drawn from a pool that grows with the graph (one state
 * per ten agreements). So, as in the world, adding other states' agreements adds little to any one
 * state's: a query that starts from a state's own participations need not grow with the graph.
 */
public final class SyntheticGraph {
    /** From this day the Russian Federation continues the USSR's participations. */
    public static final LocalDate SUCCESSION = LocalDate.of(1991, 12, 26);
    public static final int US_RUSSIA = 40;
    public static final Node US = Kind.PARTY.node("us");
    public static final Node RU = Kind.PARTY.node("ru");
    public static final Node SU = Kind.PARTY.node("su");
    private static final LocalDate FIRST_SIGNING = LocalDate.of(1960, 1, 1);
    private static final LocalDate LAST_SIGNING = LocalDate.of(2025, 12, 31);
    private static final Node[] SUSPENSIONS = {AC.SuspensionOfInspections, AC.SuspensionOfObligations, AC.SuspensionOfParticipation};
    private static final Node[] CATEGORIES = {Kind.CATEGORY.node("deployed-strategic-warhead"),
            Kind.CATEGORY.node("deployed-icbm"), Kind.CATEGORY.node("deployed-slbm"), Kind.CATEGORY.node("deployed-heavy-bomber")};
    /** Slot 0 is the United States, slot 1 the USSR/Russia, the others synthetic states. */
    private static final int US_SLOT = 0;
    private static final int RUSSIA_SLOT = 1;

    private final long seed;
    private final int agreements;
    private final Graph ontology;
    private final LocalDate statusDate;
    private final TypeClosure closure;

    public SyntheticGraph(long seed, int agreements, Graph ontology, LocalDate statusDate) {
        if (agreements < 1) throw new IllegalArgumentException("at least one agreement, not " + agreements);
        this.seed = seed;
        this.agreements = agreements;
        this.ontology = ontology;
        this.statusDate = statusDate;
        this.closure = new TypeClosure(ontology);
    }

    public int agreements() { return agreements; }

    /** The number of states, the United States and the USSR/Russia (one slot) among them. */
    public int states() { return Math.max(20, agreements / 10); }

    /** A synthetic state's IRI (slot 2 and up). */
    public static Node state(int slot) {
        return Kind.PARTY.node(String.format("synthetic-state-%06d", slot));
    }

    public static Node agreement(int i) {
        return Kind.TREATY.node(String.format("synthetic-agreement-%06d", i));
    }

    /** What {@link #write} wrote. */
    public record Counts(long agreements, long events, long quads) {}

    /** One participation: a state in a role, over [from, until), until null while it lasts. */
    public record Span(Node party, Node role, LocalDate from, LocalDate until) {
        boolean covers(LocalDate d) { return !d.isBefore(from) && (until == null || d.isBefore(until)); }
    }

    /** An agreement's derived facts: its period in force (null from: never) and its participations. */
    public record Plan(Node iri, LocalDate inForceFrom, LocalDate inForceUntil, List<Span> spans, int events, Graph facts, Graph derived) {
        public boolean inForceOn(LocalDate d) {
            return inForceFrom != null && !d.isBefore(inForceFrom) && (inForceUntil == null || d.isBefore(inForceUntil));
        }

        public boolean partyOn(Set<Node> parties, LocalDate d) {
            return spans.stream().anyMatch(s -> s.role.equals(AC.PartyRole) && parties.contains(s.party) && s.covers(d));
        }
    }

    /**
     * The agreements in force on {@code day} that every one of {@code partySets} was bound by that
     * day (a set stands for one state under several IRIs, as {us} and {ru, su}); with no sets,
     * those with at least one party that day. The answer the in-force queries must give.
     */
    @SafeVarargs
    public final Set<Node> inForce(LocalDate day, Set<Node>... partySets) {
        Set<Node> out = new LinkedHashSet<>();
        for (int i = 0; i < agreements; i++) {
            Plan p = plan(i);
            if (!p.inForceOn(day)) continue;
            boolean all = true;
            for (Set<Node> s : partySets) all &= p.partyOn(s, day);
            if (partySets.length == 0) all = p.spans.stream().anyMatch(s -> s.role.equals(AC.PartyRole) && s.covers(day));
            if (all) out.add(p.iri);
        }
        return out;
    }

    /**
     * Writes the graph as quads in the three named graphs: the ontology, the states, then one
     * agreement at a time. Memory does not grow with the number of agreements.
     */
    public Counts write(Consumer<Quad> out) {
        long[] quads = {0};
        Consumer<Quad> counting = q -> { quads[0]++; out.accept(q); };
        ontology.find().forEachRemaining(t -> counting.accept(Quad.create(AC.GRAPH_ONTOLOGY, t)));
        Graph facts = GraphFactory.createDefaultGraph();
        Graph derived = GraphFactory.createDefaultGraph();
        state(facts, US, "United States of America", "美国");
        state(facts, RU, "Russian Federation", "俄罗斯联邦");
        state(facts, SU, "Union of Soviet Socialist Republics", "苏联");
        for (int slot = 2; slot < states(); slot++) state(facts, state(slot), "Synthetic state " + slot, "合成国家 " + slot);
        closure.addTo(facts, derived);
        emit(facts, derived, counting);
        long events = 0;
        for (int i = 0; i < agreements; i++) {
            Plan p = plan(i);
            events += p.events;
            emit(p.facts, p.derived, counting);
        }
        return new Counts(agreements, events, quads[0]);
    }

    private static void state(Graph facts, Node s, String en, String zh) {
        facts.add(Triple.create(s, RDF.Nodes.type, AC.State));
        facts.add(Triple.create(s, RDFS.Nodes.label, Literals.text(en, "en")));
        facts.add(Triple.create(s, RDFS.Nodes.label, Literals.text(zh, "zh")));
    }

    private static void emit(Graph facts, Graph derived, Consumer<Quad> out) {
        facts.find().forEachRemaining(t -> out.accept(Quad.create(AC.GRAPH_FACTS, t)));
        derived.find().forEachRemaining(t -> out.accept(Quad.create(AC.GRAPH_DERIVED, t)));
    }

    /** Agreement {@code i}: its facts and derived triples, and its derived periods. */
    public Plan plan(int i) {
        return new AgreementBuilder(i).build();
    }

    /** Builds one agreement from its own random stream. */
    private final class AgreementBuilder {
        private final SplittableRandom rng;
        private final int index;
        private final Node treaty;
        private final String slug;
        private final Node source;
        private final Graph facts = GraphFactory.createDefaultGraph();
        private final Graph derived = GraphFactory.createDefaultGraph();
        private int claims;
        private int events;

        AgreementBuilder(int i) {
            this.index = i;
            this.rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
            this.treaty = agreement(i);
            this.slug = treaty.getURI().substring(treaty.getURI().lastIndexOf('/') + 1);
            this.source = Kind.SOURCE.node(slug + "-text");
        }

        Plan build() {
            int[] slots = slots();
            boolean bilateral = slots.length == 2;
            String name = "Synthetic agreement " + index;
            add(facts, treaty, RDF.Nodes.type, AC.Agreement);
            add(facts, treaty, RDF.Nodes.type, AC.Treaty);
            add(facts, treaty, RDF.Nodes.type, bilateral ? AC.BilateralTreaty : AC.MultilateralTreaty);
            add(facts, treaty, RDFS.Nodes.label, Literals.text(name, "en"));
            add(facts, treaty, RDFS.Nodes.label, Literals.text("合成协定 " + index, "zh"));
            add(facts, treaty, AC.membershipComplete, Literals.bool(true));
            claim(treaty, "The " + name + " binds " + slots.length + " states.");
            add(facts, source, RDF.Nodes.type, AC.ReferenceDocument);
            add(facts, source, RDF.Nodes.type, Prov.Entity);
            add(facts, source, DCTerms.title.asNode(), Literals.text("Text of the " + name, "en"));
            add(facts, source, SchemaDO.url.asNode(), AC.iri("https://example.org/synthetic/" + slug));
            add(facts, source, DCTerms.language.asNode(), Literals.string("en"));

            LocalDate signed = between(FIRST_SIGNING, LAST_SIGNING);
            // A proposal known only to the year, as sources often give it.
            LocalDate proposed = signed.minusDays(30 + rng.nextInt(700));
            event("proposal", AC.Proposal, partial(Integer.toString(proposed.getYear())), List.of(actor(slots[0], proposed)));
            List<Node> signers = new ArrayList<>();
            for (int s : slots) signers.add(actor(s, signed));
            event("signing", AC.Signing, day(signed), signers);
            LocalDate[] ratified = new LocalDate[slots.length];
            LocalDate lastRatification = signed;
            boolean allRatified = rng.nextInt(10) != 0;
            for (int k = 0; k < slots.length; k++) {
                if (!allRatified && k == slots.length - 1) break;
                LocalDate r = signed.plusDays(30 + rng.nextInt(700));
                if (r.isAfter(statusDate)) { allRatified = false; continue; }
                ratified[k] = r;
                if (r.isAfter(lastRatification)) lastRatification = r;
                event("ratification-" + k, AC.Ratification, day(r), List.of(actor(slots[k], r)));
            }
            LocalDate eif = allRatified ? lastRatification.plusDays(1 + rng.nextInt(90)) : null;
            if (eif != null && eif.isAfter(statusDate)) eif = null;
            if (eif != null) event("entry-into-force", AC.EntryIntoForce, day(eif), signers(slots, eif));

            // How it ends, if it has ended by the status date: expiry ends it for all, a withdrawal
            // ends one state's part (a bilateral treaty with it).
            LocalDate until = null;
            int withdrawing = -1;
            LocalDate withdrawal = null;
            if (eif != null) {
                LocalDate horizon = min(statusDate, eif.plusYears(40));
                int ending = rng.nextInt(5);
                if (ending == 0) {
                    LocalDate expiry = eif.plusYears(10 + rng.nextInt(21));
                    if (!expiry.isAfter(statusDate)) {
                        until = expiry;
                        event("expiry", AC.Expiry, day(expiry), signers(slots, expiry));
                    }
                } else if (ending == 1 && horizon.isAfter(eif.plusDays(1))) {
                    withdrawing = rng.nextInt(slots.length);
                    LocalDate notice = between(eif.plusDays(1), horizon);
                    Node noticeNode = event("withdrawal-notice", AC.WithdrawalNotice, day(notice), List.of(actor(slots[withdrawing], notice)));
                    LocalDate effective = notice.plusDays(180);
                    if (!effective.isAfter(statusDate)) {
                        withdrawal = effective;
                        Node eff = event("withdrawal", AC.WithdrawalEffective, day(effective), List.of(actor(slots[withdrawing], effective)));
                        add(facts, eff, AC.completesNotice, noticeNode);
                        if (bilateral) until = effective;
                    }
                }
            }
            List<Span> spans = new ArrayList<>();
            for (int k = 0; k < slots.length; k++) {
                LocalDate end = until != null ? until : (k == withdrawing ? withdrawal : null);
                span(spans, slots[k], AC.SignatoryRole, signed, end);
                if (ratified[k] != null) span(spans, slots[k], AC.RatifierRole, ratified[k], end);
                if (eif != null) span(spans, slots[k], AC.PartyRole, eif, end);
            }
            Node limit = limit(slots, signers, eif);
            if (eif != null) laterEvents(slots, eif, until, withdrawing, withdrawal, limit);
            treatyDerived(eif, until);
            participations(spans);
            closure.addTo(facts, derived);
            closure.addTo(derived, derived);
            return new Plan(treaty, eif, until, spans, events, facts, derived);
        }

        /** Extension, suspensions (some resumed), limits met: the events of a treaty's life in force. */
        private void laterEvents(int[] slots, LocalDate eif, LocalDate until, int withdrawing, LocalDate withdrawal, Node limit) {
            LocalDate end = until != null ? until : statusDate;
            if (!end.isAfter(eif.plusDays(2))) return;
            if (until == null && rng.nextInt(10) < 3) {
                LocalDate d = between(eif, end);
                Node e = event("extension", AC.Extension, day(d), signers(slots, d));
                add(facts, e, AC.extendedUntil, Literals.day(d.plusYears(5)));
            }
            int suspensions = rng.nextInt(4);
            for (int n = 0; n < suspensions; n++) {
                int k = rng.nextInt(slots.length);
                LocalDate stop = k == withdrawing && withdrawal != null ? min(withdrawal, end) : end;
                if (!stop.isAfter(eif.plusDays(2))) continue;
                LocalDate d = between(eif, stop.minusDays(1));
                // One in four known only to the month, as "2016-10" in the real data.
                PartialDate when = rng.nextInt(4) == 0
                        ? partial(d.toString().substring(0, 7))
                        : day(d);
                Node s = event("suspension-" + n, SUSPENSIONS[rng.nextInt(SUSPENSIONS.length)], when, List.of(actor(slots[k], d)));
                LocalDate endedBy = until != null ? until : (k == withdrawing ? withdrawal : null);
                if (rng.nextInt(2) == 0 && stop.isAfter(when.end().plusDays(1))) {
                    LocalDate r = between(when.end(), stop);
                    Node resumption = event("resumption-" + n, AC.Resumption, day(r), List.of(actor(slots[k], r)));
                    add(facts, resumption, AC.resumes, s);
                    endedBy = r;
                }
                if (endedBy != null) add(derived, s, AC.suspendedUntil, Literals.day(endedBy));
            }
            int met = rng.nextInt(5);
            for (int n = 0; n < met; n++) {
                int k = rng.nextInt(slots.length);
                LocalDate d = between(eif, end);
                Node e = event("limits-met-" + n, AC.LimitsMet, day(d), List.of(actor(slots[k], d)));
                add(facts, e, AC.limitMet, limit);
            }
        }

        private Node limit(int[] slots, List<Node> signers, LocalDate eif) {
            Node limit = Kind.LIMIT.node(slug + "-limit");
            add(facts, limit, RDF.Nodes.type, AC.Limit);
            add(facts, limit, RDFS.Nodes.label, Literals.text("Synthetic agreement " + index + " limit", "en"));
            add(facts, limit, AC.treaty, treaty);
            add(facts, limit, AC.counts, CATEGORIES[rng.nextInt(CATEGORIES.length)]);
            add(facts, limit, AC.maximum, Literals.integer(100L * (1 + rng.nextInt(30))));
            add(facts, limit, AC.unit, AC.Item);
            for (Node s : signers) add(facts, limit, AC.appliesTo, s);
            if (eif != null) {
                LocalDate deadline = eif.plusYears(7);
                add(facts, limit, AC.deadline, Literals.day(deadline));
                add(derived, limit, AC.deadlineFrom, Literals.day(deadline));
                add(derived, limit, AC.deadlineUntil, Literals.day(deadline.plusDays(1)));
            }
            claim(limit, "Each party shall limit its forces to the agreed maximum.");
            return limit;
        }

        private void treatyDerived(LocalDate eif, LocalDate until) {
            if (eif != null) add(derived, treaty, AC.inForceFrom, Literals.day(eif));
            if (until != null) add(derived, treaty, AC.inForceUntil, Literals.day(until));
            Node status = eif == null ? AC.NotYetInForce : (until == null ? AC.InForce : AC.NoLongerInForce);
            add(derived, treaty, AC.status, status);
            add(derived, treaty, AC.statusDate, Literals.day(statusDate));
        }

        private void participations(List<Span> spans) {
            for (Span s : spans) {
                String party = s.party.getURI().substring(s.party.getURI().lastIndexOf('/') + 1);
                String role = s.role.equals(AC.SignatoryRole) ? "signatory" : s.role.equals(AC.RatifierRole) ? "ratifier" : "party";
                Node p = Kind.PARTICIPATION.node(slug + "-" + party + "-" + role);
                add(derived, p, RDF.Nodes.type, AC.Participation);
                add(derived, p, AC.treaty, treaty);
                add(derived, p, AC.party, s.party);
                add(derived, p, AC.role, s.role);
                add(derived, p, AC.from, Literals.day(s.from));
                if (s.until != null) add(derived, p, AC.until, Literals.day(s.until));
                add(derived, p, Prov.wasDerivedFrom, Kind.EVENT.node(slug + "-signing"));
                add(derived, treaty, AC.hasParticipation, p);
                if (s.role.equals(AC.PartyRole)) add(derived, treaty, AC.hasParty, s.party);
                if (s.role.equals(AC.SignatoryRole)) add(derived, treaty, AC.hasSignatory, s.party);
            }
        }

        /** A participation; the USSR's passes to Russia on {@link #SUCCESSION}. */
        private void span(List<Span> spans, int slot, Node role, LocalDate from, LocalDate until) {
            if (slot != RUSSIA_SLOT) {
                spans.add(new Span(slotNode(slot), role, from, until));
            } else if (!from.isBefore(SUCCESSION)) {
                spans.add(new Span(RU, role, from, until));
            } else if (until != null && !until.isAfter(SUCCESSION)) {
                spans.add(new Span(SU, role, from, until));
            } else {
                spans.add(new Span(SU, role, from, SUCCESSION));
                spans.add(new Span(RU, role, SUCCESSION, until));
            }
        }

        private Node event(String name, Node type, PartialDate when, List<Node> parties) {
            Node e = Kind.EVENT.node(slug + "-" + name);
            events++;
            add(facts, e, RDF.Nodes.type, type);
            add(facts, e, RDFS.Nodes.label, Literals.text("Synthetic agreement " + index + ": " + name, "en"));
            add(facts, e, AC.date, Literals.date(when));
            add(derived, e, AC.dateFrom, Literals.day(when.start()));
            add(derived, e, AC.dateUntil, Literals.day(when.end()));
            add(facts, e, AC.treaty, treaty);
            for (Node p : parties) add(facts, e, AC.party, p);
            claim(e, "On " + when.lexical() + " the " + name + " of the Synthetic agreement " + index + " took place.");
            return e;
        }

        private void claim(Node fact, String quote) {
            Node c = Kind.CLAIM.node(slug + "-" + (++claims));
            add(facts, c, RDF.Nodes.type, AC.Claim);
            add(facts, c, RDF.Nodes.type, Prov.Entity);
            add(facts, c, Prov.value, Literals.text(quote, "en"));
            add(facts, c, Prov.wasQuotedFrom, source);
            add(facts, fact, Prov.wasDerivedFrom, c);
        }

        /** The slots of this agreement's states: US and USSR/Russia for the first ones, else drawn from the pool. */
        private int[] slots() {
            if (index < US_RUSSIA) return new int[] {US_SLOT, RUSSIA_SLOT};
            int n = rng.nextInt(4) == 0 ? 3 + rng.nextInt(4) : 2;
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < Math.min(n, states())) chosen.add(rng.nextInt(states()));
            return chosen.stream().mapToInt(Integer::intValue).toArray();
        }

        private List<Node> signers(int[] slots, LocalDate d) {
            List<Node> out = new ArrayList<>();
            for (int s : slots) out.add(actor(s, d));
            return out;
        }

        private Node actor(int slot, LocalDate d) {
            if (slot == RUSSIA_SLOT) return d.isBefore(SUCCESSION) ? SU : RU;
            return slotNode(slot);
        }

        private Node slotNode(int slot) {
            return slot == US_SLOT ? US : slot == RUSSIA_SLOT ? RU : state(slot);
        }

        /** A day in [a, b), or a when the range is empty. */
        private LocalDate between(LocalDate a, LocalDate b) {
            long days = ChronoUnit.DAYS.between(a, b);
            return days <= 0 ? a : a.plusDays(rng.nextLong(days));
        }

        private void add(Graph g, Node s, Node p, Node o) {
            g.add(Triple.create(s, p, o));
        }
    }

    private static PartialDate partial(String lexical) {
        String[] error = new String[1];
        return PartialDate.parse(lexical, error).orElseThrow(() -> new IllegalStateException(error[0]));
    }

    private static PartialDate day(LocalDate d) {
        return PartialDate.ofDay(d);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
