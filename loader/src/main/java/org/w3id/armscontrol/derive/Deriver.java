package org.w3id.armscontrol.derive;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.armscontrol.data.PartialDate;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.w3id.armscontrol.derive.TreatyEvents.Ev;
import org.apache.jena.vocabulary.RDF;
import org.w3id.armscontrol.vocab.Prov;

/**
 * Derives from the dated events what would go stale if typed by hand: each treaty's period in
 * force, each party's participation periods (signatory, ratifier, party), the direct
 * {@code ac:hasParty}/{@code ac:hasSignatory} triples, the status as of a given day, and the
 * day bounds of every partial date, and the superclasses of every stated type. All periods are half-open: [from, until).
 */
public final class Deriver {
    private final Graph facts;
    private final Graph ontology;
    private final LocalDate statusDate;
    private final Graph out = GraphFactory.createDefaultGraph();

    public Deriver(Graph facts, Graph ontology, LocalDate statusDate) {
        this.facts = facts;
        this.ontology = ontology;
        this.statusDate = statusDate;
    }

    public Graph derive() {
        dateBounds();
        List<Interval> intervals = new ArrayList<>();
        for (Node treaty : facts.find(Node.ANY, RDF.Nodes.type, AC.Agreement).mapWith(Triple::getSubject).toList()) {
            intervals.addAll(treaty(treaty));
        }
        applySuccessions(intervals);
        applyDissolutions(intervals);
        writeParticipations(intervals);
        inferredTypes();
        return out;
    }

    /** The superclasses of the stated types, of facts and of derived nodes alike. */
    private void inferredTypes() {
        Graph inferred = GraphFactory.createDefaultGraph();
        TypeClosure closure = new TypeClosure(ontology);
        closure.addTo(facts, inferred);
        closure.addTo(out, inferred);
        inferred.find().forEachRemaining(out::add);
    }

    /** Each dated property of mixed precision, with the two properties that hold its day bounds. */
    private static final Node[][] DATED = {
        {AC.date, AC.dateFrom, AC.dateUntil},
        {AC.asOf, AC.asOfFrom, AC.asOfUntil},
        {AC.projectedFor, AC.projectedForFrom, AC.projectedForUntil},
        {AC.deadline, AC.deadlineFrom, AC.deadlineUntil},
        {AC.plannedDate, AC.plannedDateFrom, AC.plannedDateUntil},
    };

    /** E.g. ac:dateFrom / ac:dateUntil: the first day of a partial date and the first day after it. */
    private void dateBounds() {
        for (Node[] d : DATED) {
            facts.find(Node.ANY, d[0], Node.ANY).forEachRemaining(t -> {
                PartialDate p = Literals.partialDate(t.getObject());
                add(t.getSubject(), d[1], Literals.day(p.start()));
                add(t.getSubject(), d[2], Literals.day(p.end()));
            });
        }
    }

    private List<Interval> treaty(Node treaty) {
        TreatyEvents ev = new TreatyEvents(facts, treaty);
        Optional<Ev> eif = ev.first(AC.EntryIntoForce, null);
        LocalDate from = eif.map(Ev::day).orElse(null);
        Optional<Ev> end = endEvent(treaty, ev);
        LocalDate until = end.map(Ev::day).orElse(null);
        if (end.isEmpty() && from != null) until = endByTerm(treaty, ev, from);

        if (from != null) add(treaty, AC.inForceFrom, Literals.day(from));
        if (until != null) add(treaty, AC.inForceUntil, Literals.day(until));
        boolean abandoned = ev.all(AC.Abandonment).stream().anyMatch(e -> !e.day().isAfter(statusDate));
        add(treaty, AC.status, status(from, until, abandoned));
        add(treaty, AC.statusDate, Literals.day(statusDate));

        suspensionEnds(treaty, ev, until);

        List<Interval> list = new ArrayList<>();
        for (Node party : ev.parties()) {
            Optional<Ev> signed = ev.first(AC.Signing, party);
            Optional<Ev> ratified = ev.first(AC.Ratification, party);
            // Taking back consent to be bound ends the ratifier role, whether it is a revocation of
            // ratification (Russia and the CTBT) or a state giving up a treaty never in force
            // (Russia and START II); neither undoes the signature, so the signatory role stays.
            Optional<Ev> revoked = firstOf(ev, party, AC.RatificationRevocation, AC.Abandonment);
            Optional<Ev> withdrawn = ev.first(AC.WithdrawalEffective, party);
            LocalDate leaves = Interval.min(withdrawn.map(Ev::day).orElse(null), until);

            signed.ifPresent(s -> list.add(interval(treaty, party, AC.SignatoryRole, s, s.day(), leaves, withdrawn, end)));
            ratified.ifPresent(r -> list.add(interval(treaty, party, AC.RatifierRole, r, r.day(),
                    Interval.min(revoked.map(Ev::day).orElse(null), leaves), revoked.or(() -> withdrawn), end)));
            if (eif.isPresent()) {
                // A party from entry into force for it: the earliest entry into force naming it (a
                // later one when the treaty binds a late joiner only some days after its deposit, as
                // the CWC does 30 days after), or else its ratification (on entry into force if it
                // came before). Revoking a ratification ends only the ratifier role; it keeps a state
                // from becoming a party only if it came first.
                // Of several recorded ratification steps, the deposit (or exchange) of the instrument
                // is the one that makes a late joiner a party; the ratifier role starts at the first.
                Optional<Ev> deposited = ev.all(AC.Ratification).stream()
                        .filter(e -> e.parties().contains(party) && facts.contains(e.node(), AC.ratificationStep, AC.InstrumentDeposit))
                        .findFirst();
                Optional<Ev> joins = ev.first(AC.EntryIntoForce, party)
                        .or(() -> deposited.or(() -> ratified)
                                .filter(r -> revoked.isEmpty() || revoked.get().day().isAfter(Interval.max(r.day(), from))));
                joins.ifPresent(j -> {
                    Interval p = interval(treaty, party, AC.PartyRole, j, Interval.max(j.day(), from), leaves, withdrawn, end);
                    if (j != eif.get() && !j.day().isAfter(from)) p.basis.add(1, eif.get().node());
                    list.add(p);
                });
            }
        }
        return list;
    }

    /**
     * ac:suspendedUntil of each suspension: the earliest of a resumption that resumes it, the
     * suspending state's withdrawal taking effect, and the treaty's end. None while none is known.
     */
    private void suspensionEnds(Node treaty, TreatyEvents ev, LocalDate treatyUntil) {
        List<Ev> suspensions = new ArrayList<>();
        for (Node type : List.of(AC.Suspension, AC.SuspensionOfInspections, AC.SuspensionOfParticipation, AC.SuspensionOfObligations)) {
            suspensions.addAll(ev.all(type));
        }
        for (Ev s : suspensions) {
            List<LocalDate> ends = new ArrayList<>();
            if (treatyUntil != null) ends.add(treatyUntil);
            ev.all(AC.Resumption).stream().filter(r -> facts.contains(r.node(), AC.resumes, s.node())).map(Ev::day).forEach(ends::add);
            ev.all(AC.WithdrawalEffective).stream()
                    .filter(w -> !s.parties().isEmpty() && w.parties().containsAll(s.parties()) && w.day().isAfter(s.day()))
                    .map(Ev::day).forEach(ends::add);
            ends.stream().filter(d -> d.isAfter(s.day())).min(Comparator.naturalOrder())
                    .ifPresent(d -> add(s.node(), AC.suspendedUntil, Literals.day(d)));
        }
    }

    /** The earliest event of any of the types naming the party. */
    private static Optional<Ev> firstOf(TreatyEvents ev, Node party, Node... types) {
        Optional<Ev> first = Optional.empty();
        for (Node type : types) {
            Optional<Ev> e = ev.first(type, party);
            if (e.isPresent() && (first.isEmpty() || e.get().day().isBefore(first.get().day()))) first = e;
        }
        return first;
    }

    /** The event that ends the treaty for all: expiry, termination, supersession, or (bilateral) a withdrawal. */
    private Optional<Ev> endEvent(Node treaty, TreatyEvents ev) {
        List<Ev> ends = new ArrayList<>();
        ends.addAll(ev.all(AC.Expiry));
        ends.addAll(ev.all(AC.Termination));
        ends.addAll(ev.all(AC.Supersession));
        if (facts.contains(treaty, RDF.Nodes.type, AC.BilateralTreaty)) ends.addAll(ev.all(AC.WithdrawalEffective));
        return ends.stream().min(Comparator.comparing(Ev::day).thenComparing(e -> e.node().getURI()));
    }

    /** With no ending event: the original term from entry into force, or the last extension's end. */
    private LocalDate endByTerm(Node treaty, TreatyEvents ev, LocalDate from) {
        Optional<LocalDate> extended = ev.all(AC.Extension).stream()
                .flatMap(e -> facts.find(e.node(), AC.extendedUntil, Node.ANY).mapWith(Triple::getObject).toList().stream())
                .map(n -> LocalDate.parse(n.getLiteralLexicalForm())).max(Comparator.naturalOrder());
        if (extended.isPresent()) return extended.get();
        return facts.find(treaty, AC.term, Node.ANY).nextOptional()
                .map(t -> from.plus(Period.parse(t.getObject().getLiteralLexicalForm()))).orElse(null);
    }

    /** Not in force and given up is "never in force"; not in force and still open is "not yet". */
    private Node status(LocalDate from, LocalDate until, boolean abandoned) {
        if (from == null) return abandoned ? AC.NeverInForce : AC.NotYetInForce;
        if (statusDate.isBefore(from)) return AC.NotYetInForce;
        if (until != null && !statusDate.isBefore(until)) return AC.NoLongerInForce;
        return AC.InForce;
    }

    private static Interval interval(Node treaty, Node party, Node role, Ev start, LocalDate from, LocalDate until,
                                      Optional<Ev> partyEnd, Optional<Ev> treatyEnd) {
        Interval i = new Interval(treaty, party, role, from, until);
        i.basis.add(start.node());
        if (until != null) {
            Optional<Ev> ender = partyEnd.filter(e -> e.day().equals(until)).or(() -> treatyEnd.filter(e -> e.day().equals(until)));
            ender.ifPresent(e -> {
                i.basis.add(e.node());
                i.endedBy = e.node();
            });
        }
        return i;
    }

    /**
     * Successions limited to one treaty first, on the predecessor's participations as they stand
     * before any general succession cuts them; then the general ones.
     */
    private void applySuccessions(List<Interval> intervals) {
        List<Node> events = facts.find(Node.ANY, RDF.Nodes.type, AC.StateSuccession).mapWith(Triple::getSubject).toList();
        events.stream().filter(e -> facts.contains(e, AC.treaty, Node.ANY)).sorted(Comparator.comparing(Node::getURI))
                .forEach(e -> applySuccession(e, intervals));
        events.stream().filter(e -> !facts.contains(e, AC.treaty, Node.ANY)).sorted(Comparator.comparing(Node::getURI))
                .forEach(e -> applySuccession(e, intervals));
    }

    /**
     * A successor continues every participation its predecessor still held on the day of
     * succession (the Russian Federation for the Soviet Union), and the predecessor's ends that day.
     * A succession limited to one treaty (ac:treaty: Belarus and the INF Treaty) gives the
     * successor the predecessor's roles in that treaty only, and leaves the predecessor's as they
     * are: they pass to its general successor, which keeps them too.
     */
    private void applySuccession(Node event, List<Interval> intervals) {
        Optional<Node> pred = facts.find(event, AC.predecessor, Node.ANY).nextOptional().map(Triple::getObject);
        Optional<Node> succ = facts.find(event, AC.successor, Node.ANY).nextOptional().map(Triple::getObject);
        Optional<Node> date = facts.find(event, AC.date, Node.ANY).nextOptional().map(Triple::getObject);
        Optional<Node> only = facts.find(event, AC.treaty, Node.ANY).nextOptional().map(Triple::getObject);
        if (pred.isEmpty() || succ.isEmpty() || date.isEmpty()) return;
        LocalDate day = Literals.partialDate(date.get()).start();
        for (Interval old : List.copyOf(intervals)) {
            if (!old.party.equals(pred.get()) || !old.spans(day)) continue;
            if (only.isPresent() && !old.treaty.equals(only.get())) continue;
            Interval cont = new Interval(old.treaty, succ.get(), old.role, day, old.until);
            cont.basis.add(event);
            cont.basis.addAll(old.basis);
            cont.endedBy = old.endedBy;
            // The successor's own withdrawal ends what it continued, as it ends what it joined.
            Optional<Ev> leaves = new TreatyEvents(facts, old.treaty).first(AC.WithdrawalEffective, succ.get())
                    .filter(w -> w.day().isAfter(day) && (old.until == null || w.day().isBefore(old.until)));
            if (leaves.isPresent()) {
                if (cont.endedBy != null) cont.basis.remove(cont.endedBy);
                cont.until = leaves.get().day();
                cont.endedBy = leaves.get().node();
                cont.basis.add(cont.endedBy);
            }
            if (only.isEmpty()) {
                // The predecessor's participation now ends with the succession, no longer with the
                // event that ended it before (that event now ends the successor's).
                if (old.endedBy != null) old.basis.remove(old.endedBy);
                old.until = day;
                old.endedBy = event;
                old.basis.add(event);
            }
            mergeInto(intervals, cont);
        }
    }

    /**
     * A dissolved state (Czechoslovakia on 1993-01-01) holds no role from the dissolution's date:
     * each role open on that day ends with it, and one that would start later (a party from an
     * entry into force after the dissolution, by its earlier ratification) is dropped. Nothing
     * passes to the new states; their roles come from their own events. After the successions, so
     * that a role a dissolved state had continued is cut too.
     */
    private void applyDissolutions(List<Interval> intervals) {
        for (Node event : facts.find(Node.ANY, RDF.Nodes.type, AC.StateDissolution).mapWith(Triple::getSubject).toList()) {
            Optional<Node> state = facts.find(event, AC.dissolvedState, Node.ANY).nextOptional().map(Triple::getObject);
            Optional<Node> date = facts.find(event, AC.date, Node.ANY).nextOptional().map(Triple::getObject);
            if (state.isEmpty() || date.isEmpty()) continue;
            LocalDate day = Literals.partialDate(date.get()).start();
            intervals.removeIf(i -> i.party.equals(state.get()) && !i.from.isBefore(day));
            for (Interval i : intervals) {
                if (!i.party.equals(state.get()) || !i.spans(day)) continue;
                if (i.endedBy != null) i.basis.remove(i.endedBy);
                i.until = day;
                i.endedBy = event;
                i.basis.add(event);
            }
        }
    }

    /** Adds an interval, joining it with an overlapping one of the same treaty, party and role. */
    private static void mergeInto(List<Interval> intervals, Interval add) {
        for (Interval i : intervals) {
            if (!i.treaty.equals(add.treaty) || !i.party.equals(add.party) || !i.role.equals(add.role)) continue;
            boolean overlaps = (add.until == null || !i.from.isAfter(add.until)) && (i.until == null || !add.from.isAfter(i.until));
            if (overlaps) {
                i.from = i.from.isBefore(add.from) ? i.from : add.from;
                if (i.until != null && (add.until == null || add.until.isAfter(i.until))) i.endedBy = add.endedBy;
                i.until = (i.until == null || add.until == null) ? null : (i.until.isAfter(add.until) ? i.until : add.until);
                add.basis.stream().filter(b -> !i.basis.contains(b)).forEach(i.basis::add);
                return;
            }
        }
        intervals.add(add);
    }

    private void writeParticipations(List<Interval> intervals) {
        intervals.sort(Comparator.comparing((Interval i) -> i.treaty.getURI()).thenComparing(i -> i.party.getURI())
                .thenComparing(i -> i.role.getURI()).thenComparing(i -> i.from));
        Map<String, Integer> seen = new HashMap<>();
        for (Interval i : intervals) {
            String slug = slug(i.treaty) + "-" + slug(i.party) + "-" + roleSlug(i.role);
            int n = seen.merge(slug, 1, Integer::sum);
            Node p = Kind.PARTICIPATION.node(n == 1 ? slug : slug + "-" + n);
            add(p, RDF.Nodes.type, AC.Participation);
            add(p, AC.treaty, i.treaty);
            add(p, AC.party, i.party);
            add(p, AC.role, i.role);
            add(p, AC.from, Literals.day(i.from));
            if (i.until != null) add(p, AC.until, Literals.day(i.until));
            i.basis.forEach(b -> add(p, Prov.wasDerivedFrom, b));
            add(i.treaty, AC.hasParticipation, p);
            if (i.role.equals(AC.PartyRole)) add(i.treaty, AC.hasParty, i.party);
            if (i.role.equals(AC.SignatoryRole)) add(i.treaty, AC.hasSignatory, i.party);
        }
    }

    private static String slug(Node n) {
        String iri = n.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String roleSlug(Node role) {
        if (role.equals(AC.SignatoryRole)) return "signatory";
        if (role.equals(AC.RatifierRole)) return "ratifier";
        return "party";
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }
}
