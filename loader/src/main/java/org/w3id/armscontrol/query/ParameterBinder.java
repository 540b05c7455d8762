package org.w3id.armscontrol.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.armscontrol.rdf.Literals;
import org.w3id.armscontrol.vocab.AC;
import org.w3id.armscontrol.vocab.AC.Kind;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.sparql.expr.NodeValue;
import org.w3id.armscontrol.vocab.Wikidata;

/**
 * Checks raw parameter values against a query's declared parameters and turns them into RDF
 * terms: a date into an {@code xsd:date}; a party, treaty or entity, given as IRI, slug or
 * QID, into the IRI of a resource that exists in the graph; an event class into its IRI; a
 * choice into a plain string, a boolean into an {@code xsd:boolean}.
 */
public final class ParameterBinder {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private final DatasetGraph ds;
    private final Supplier<LocalDate> today;

    public ParameterBinder(DatasetGraph ds, Supplier<LocalDate> today) {
        this.ds = ds;
        this.today = today;
    }

    /** The bindings for a run; parameters left unset and optional stay unbound. */
    public Map<String, Node> bind(NamedQuery q, Map<String, String> raw) throws BadParameterException {
        for (String name : raw.keySet()) {
            if (q.parameter(name).isEmpty()) {
                String known = q.parameters().isEmpty() ? "none" : String.join(", ", q.parameters().stream().map(Parameter::name).toList());
                throw new BadParameterException(name, "unknown parameter for query '" + q.name() + "' (it takes: " + known + ")");
            }
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (Parameter p : q.parameters()) {
            String value = raw.get(p.name());
            if (value == null || value.isBlank()) value = p.defaultValue();
            if (value == null) {
                if (p.required()) throw new BadParameterException(p.name(), "missing required " + p.type().label() + " value");
                continue;
            }
            out.put(p.name(), convert(p, value.strip()));
        }
        // A series too long or running backwards is a bad parameter, found before the query runs.
        if (q.series().isPresent()) q.series().get().dates(out);
        return out;
    }

    private Node convert(Parameter p, String v) throws BadParameterException {
        return switch (p.type()) {
            case DATE -> Literals.day(day(p, v));
            case PARTY -> resource(p, v, List.of(Kind.PARTY), AC.State, "state");
            case TREATY -> resource(p, v, List.of(Kind.TREATY), AC.Agreement, "treaty");
            case ENTITY -> resource(p, v, List.of(Kind.values()), null, "resource");
            case SOURCE -> resource(p, v, List.of(Kind.SOURCE), null, "source");
            case EVENT_CLASS -> eventClass(p, v);
            case BOOLEAN -> switch (v) {
                case "true" -> NodeValue.TRUE.asNode();
                case "false" -> NodeValue.FALSE.asNode();
                default -> throw new BadParameterException(p.name(), "'" + v + "' is not true or false");
            };
            case CHOICE -> {
                if (!p.choices().contains(v)) {
                    throw new BadParameterException(p.name(), "'" + v + "' is not one of " + String.join(", ", p.choices()));
                }
                yield Literals.string(v);
            }
        };
    }

    /** An event class by IRI or by its local name in the ontology (Suspension, ac:Suspension); subclasses of ac:Event only. */
    private Node eventClass(Parameter p, String v) throws BadParameterException {
        String local = v.startsWith("ac:") ? v.substring(3) : v;
        Node n;
        if (v.startsWith("http://") || v.startsWith("https://")) {
            if (!IRIs.check(v)) throw new BadParameterException(p.name(), "'" + v + "' is not a valid IRI");
            n = AC.iri(v);
        } else if (LOCAL_NAME.matcher(local).matches()) {
            n = AC.iri(AC.NS + local);
        } else {
            throw new BadParameterException(p.name(), "'" + v + "' is not an IRI or an event class name (e.g. Suspension)");
        }
        if (!Txn.calculateRead(ds, () -> isEventClass(n))) {
            throw new BadParameterException(p.name(), "no event class known as '" + v + "' (e.g. Suspension, Signing, Talks)");
        }
        return n;
    }

    /** Whether a class is ac:Event or reaches it by rdfs:subClassOf. */
    private boolean isEventClass(Node c) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n.equals(AC.Event)) return true;
            if (!seen.add(n)) continue;
            ds.getDefaultGraph().find(n, RDFS.Nodes.subClassOf, Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
        }
        return false;
    }

    private LocalDate day(Parameter p, String v) throws BadParameterException {
        if (v.equals("today")) return today.get();
        if (!DAY.matcher(v).matches()) throw new BadParameterException(p.name(), "'" + v + "' is not a date (YYYY-MM-DD)");
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(p.name(), "'" + v + "' is not a valid date");
        }
    }

    private Node resource(Parameter p, String v, List<Kind> kinds, Node type, String noun) throws BadParameterException {
        Optional<Node> found;
        if (QID.matcher(v).matches()) {
            found = Txn.calculateRead(ds, () -> ds.getDefaultGraph().find(Node.ANY, OWL2.sameAs.asNode(), Wikidata.entity(v))
                    .mapWith(Triple::getSubject).toList().stream().filter(s -> isA(s, type)).findFirst());
        } else if (v.startsWith("http://") || v.startsWith("https://")) {
            if (!IRIs.check(v)) throw new BadParameterException(p.name(), "'" + v + "' is not a valid IRI");
            Node n = AC.iri(v);
            found = Txn.calculateRead(ds, () -> isA(n, type) && exists(n) ? Optional.of(n) : Optional.empty());
        } else if (SLUG.matcher(v).matches()) {
            found = Txn.calculateRead(ds, () -> kinds.stream().map(k -> k.node(v))
                    .filter(n -> exists(n) && isA(n, type)).findFirst());
        } else {
            throw new BadParameterException(p.name(), "'" + v + "' is not an IRI, a slug (e.g. new-start) or a Wikidata QID (e.g. Q30)");
        }
        return found.orElseThrow(() -> new BadParameterException(p.name(), "no " + noun + " known as '" + v + "'"));
    }

    private boolean exists(Node n) {
        return ds.getDefaultGraph().find(n, Node.ANY, Node.ANY).hasNext();
    }

    private boolean isA(Node n, Node type) {
        return type == null || ds.getDefaultGraph().contains(n, RDF.Nodes.type, type);
    }
}
