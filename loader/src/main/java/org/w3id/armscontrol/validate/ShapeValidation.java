package org.w3id.armscontrol.validate;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.Problems;

/** Validates the union graph against the SHACL shapes, reporting each result at its input line. */
public final class ShapeValidation {
    private final Shapes shapes;

    private final Graph shapesGraph;

    public ShapeValidation(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * The shapes of a parsed shapes file, or a problem at {@code file:1:1} when they are not
     * valid SHACL or none has a target: with no shape to apply, the check would pass any data.
     */
    public static Optional<ShapeValidation> load(Graph shapesGraph, String file, Problems problems) {
        try {
            ShapeValidation v = new ShapeValidation(shapesGraph);
            if (v.shapes.getTargetShapes().isEmpty()) {
                problems.add(new Location(file, 1, 1), "no SHACL shape with a target: the shape check would pass any data");
                return Optional.empty();
            }
            return Optional.of(v);
        } catch (ShaclParseException e) {
            problems.add(new Location(file, 1, 1), "not valid SHACL: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The named shape a result comes from: a property shape is usually a blank node inside one. */
    public Optional<Node> namedShape(Node shape) {
        Set<Node> seen = new HashSet<>();
        while (shape != null && seen.add(shape)) {
            if (shape.isURI()) return Optional.of(shape);
            Node s = shape;
            shape = shapesGraph.find(Node.ANY, Node.ANY, s).nextOptional().map(Triple::getSubject).orElse(null);
        }
        return Optional.empty();
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    public void check(Graph union, Locator locator, Problems problems) {
        for (ReportEntry e : validate(union).getEntries()) {
            String name = namedShape(e.source()).map(Node::getLocalName).orElse("shape");
            String path = e.resultPath() == null ? "" : " (" + e.resultPath() + ")";
            problems.add(locator.locate(e.focusNode()), "[" + name + "] " + e.message() + path + " on <" + e.focusNode() + ">");
        }
    }
}
