package org.w3id.armscontrol.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.w3id.armscontrol.rdf.Literals;

/**
 * A declared date series of a named query, from its header:
 * {@code # series: VAR (FROM, TO, STEP): meaning}. The variable {@code ?VAR} takes every day
 * from the value of parameter FROM to that of TO (included), every STEP ({@code year} or
 * {@code month}), so one run answers for many days. The days are bound as a VALUES block built
 * with Jena's syntax API, never as query text.
 */
public record DateSeries(String variable, String from, String to, String step, String meaning) {
    /** The most days one run may ask about: a century of months. */
    public static final int MAX_DATES = 1200;

    /** How far apart the days are. */
    public enum Step {
        MONTH, YEAR;

        static Step of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }

        static boolean known(String word) {
            return word.equals("month") || word.equals("year");
        }
    }

    /** The parameters the series is made from. */
    public List<String> parameters() {
        return List.of(from, to, step);
    }

    /**
     * The days of the series for bound parameter values: from, from + 1 step, … up to to.
     *
     * @throws BadParameterException when to is before from, or the series would be too long
     */
    public List<LocalDate> dates(Map<String, Node> bindings) throws BadParameterException {
        LocalDate first = day(bindings, from);
        LocalDate last = day(bindings, to);
        Node stepNode = bindings.get(step);
        if (stepNode == null) throw new BadParameterException(step, "missing required value (year or month)");
        Step by = Step.of(stepNode.getLiteralLexicalForm());
        if (last.isBefore(first)) {
            throw new BadParameterException(to, "'" + last + "' is before " + from + " (" + first + ")");
        }
        long count = 1 + switch (by) {
            case YEAR -> java.time.temporal.ChronoUnit.YEARS.between(first, last);
            case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(first, last);
        };
        if (count > MAX_DATES) {
            throw new BadParameterException(to, "from " + first + " to " + last + " every " + by.name().toLowerCase(Locale.ROOT)
                    + " is " + count + " days; a series has at most " + MAX_DATES + " (narrow the range, or step by year)");
        }
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Always counted from the first day, so 31 January steps to 28 February and then 31 March.
            out.add(by == Step.YEAR ? first.plusYears(i) : first.plusMonths(i));
        }
        return out;
    }

    /**
     * The query with the days as a VALUES block at the start of its WHERE group, so every
     * pattern and FILTER of that group sees {@code ?variable} bound (a VALUES after the WHERE
     * clause would be joined only after the group's filters had run).
     */
    public Query bind(Query query, List<LocalDate> dates) {
        Var v = Var.alloc(variable);
        List<Binding> rows = new ArrayList<>(dates.size());
        for (LocalDate d : dates) rows.add(BindingFactory.binding(v, Literals.day(d)));
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(v), rows));
        Element where = query.getQueryPattern();
        if (where instanceof ElementGroup g) g.getElements().forEach(group::addElement);
        else group.addElement(where);
        query.setQueryPattern(group);
        return query;
    }

    private static LocalDate day(Map<String, Node> bindings, String name) throws BadParameterException {
        Node n = bindings.get(name);
        if (n == null) throw new BadParameterException(name, "missing required date value");
        return LocalDate.parse(n.getLiteralLexicalForm());
    }
}
