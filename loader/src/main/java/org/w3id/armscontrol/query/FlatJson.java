package org.w3id.armscontrol.query;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A result as a chart reads it: a JSON array with one object per row. Numeric literals are JSON
 * numbers; IRIs and every other literal (dates of any precision included, already ISO 8601)
 * are strings of their lexical form; an unbound column is absent from its row.
 */
public final class FlatJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private FlatJson() {}

    public static void write(ResultSet rs, OutputStream out) throws IOException {
        List<Var> vars = Var.varList(rs.getResultVars());
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartArray();
            while (rs.hasNext()) {
                Binding row = rs.nextBinding();
                g.writeStartObject();
                for (Var v : vars) {
                    Node n = row.get(v);
                    if (n == null) continue;
                    g.writeFieldName(v.getVarName());
                    value(g, n);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    private static void value(JsonGenerator g, Node n) throws IOException {
        if (n.isURI()) {
            g.writeString(n.getURI());
        } else if (n.isBlank()) {
            g.writeString("_:" + n.getBlankNodeLabel());
        } else if (n.isLiteral()) {
            if (XSDDatatype.XSDboolean.getURI().equals(n.getLiteralDatatypeURI())
                    && n.getLiteralLexicalForm().matches("true|false|1|0")) {
                g.writeBoolean(n.getLiteralLexicalForm().matches("true|1"));
            } else if (!number(g, n)) {
                g.writeString(n.getLiteralLexicalForm());
            }
        } else {
            g.writeString(n.toString());
        }
    }

    /** Writes a well-formed, finite numeric literal as a JSON number; false for anything else. */
    private static boolean number(JsonGenerator g, Node n) throws IOException {
        NodeValue v;
        try {
            v = NodeValue.makeNode(n);
        } catch (DatatypeFormatException e) {
            return false;
        }
        if (!v.isNumber()) return false;
        if (v.isInteger()) g.writeNumber(v.getInteger());
        else if (v.isDecimal()) g.writeNumber(v.getDecimal());
        else if (Double.isFinite(v.getDouble())) g.writeNumber(v.getDouble());
        else return false; // NaN and INF have no JSON number
        return true;
    }
}
