package org.w3id.armscontrol.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A party's participation in a treaty in one role over the half-open period [from, until);
 * {@code until == null} means open-ended. {@code basis} holds the events it was derived from.
 */
final class Interval {
    final Node treaty;
    Node party;
    final Node role;
    LocalDate from;
    LocalDate until;
    final List<Node> basis = new ArrayList<>();
    /** The event in {@code basis} that ended the interval on {@code until}, if one did. */
    Node endedBy;

    Interval(Node treaty, Node party, Node role, LocalDate from, LocalDate until) {
        this.treaty = treaty;
        this.party = party;
        this.role = role;
        this.from = from;
        this.until = until;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    /** Whether the interval is still open at {@code day}, i.e. it started before and ends after. */
    boolean spans(LocalDate day) {
        return from.isBefore(day) && (until == null || until.isAfter(day));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
