package org.w3id.armscontrol.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.armscontrol.data.Problems;

/** Validates the union graph against the SHACL shapes, reporting each result at its input line. */
public final class ShapeValidation {
    private final Shapes shapes;

    private final Graph shapesGraph;

    public ShapeValidation(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** A property shape is usually a blank node: name it by the named shape that holds it. */
    private String shapeName(Node shape) {
        for (int depth = 0; shape != null && depth < 5; depth++) {
            if (shape.isURI()) return shape.getLocalName();
            Node s = shape;
            shape = shapesGraph.find(Node.ANY, Node.ANY, s).nextOptional().map(org.apache.jena.graph.Triple::getSubject).orElse(null);
        }
        return "shape";
    }

    public void check(Graph union, Locator locator, Problems problems) {
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        for (ReportEntry e : report.getEntries()) {
            String name = shapeName(e.source());
            String path = e.resultPath() == null ? "" : " (" + e.resultPath() + ")";
            problems.add(locator.locate(e.focusNode()), "[" + name + "] " + e.message() + path + " on <" + e.focusNode() + ">");
        }
    }
}
