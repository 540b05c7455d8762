package org.w3id.armscontrol.wikidata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * The three outputs of {@code ./kg wikidata diff}: a Markdown report for people, a CSV for tools,
 * and QuickStatements (v1, tab-separated) lines for the facts Wikidata lacks, each with a
 * reference URL (S854) and a retrieved date (S813), for a human to review and submit.
 */
public final class DiffReports {
    private DiffReports() {}

    public static final String MARKDOWN = "wikidata-diff.md";
    public static final String CSV = "wikidata-diff.csv";
    public static final String QUICKSTATEMENTS = "wikidata-quickstatements.txt";

    public static void write(Path dir, List<Disagreement> rows, LocalDate retrieved, String snapshotName) throws IOException {
        Files.createDirectories(dir);
        AtomicWrite.write(dir.resolve(MARKDOWN), markdown(rows, snapshotName));
        AtomicWrite.write(dir.resolve(CSV), csv(rows));
        AtomicWrite.write(dir.resolve(QUICKSTATEMENTS), quickStatements(rows, retrieved));
    }

    static String markdown(List<Disagreement> rows, String snapshotName) {
        StringBuilder b = new StringBuilder("# Where this graph and Wikidata disagree\n\n");
        b.append("Compared with `").append(snapshotName).append("`. ").append(rows.size())
                .append(rows.size() == 1 ? " difference" : " differences").append(". Rows with a fix are in `")
                .append(QUICKSTATEMENTS).append("` for review.\n");
        Map<String, List<Disagreement>> byKind = new LinkedHashMap<>();
        for (Disagreement d : rows) byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
        for (var e : byKind.entrySet()) {
            b.append("\n## ").append(e.getKey()).append(" (").append(e.getValue().size()).append(")\n\n");
            b.append("| entity | item | property | here | Wikidata | what |\n|---|---|---|---|---|---|\n");
            for (Disagreement d : e.getValue()) {
                b.append("| ").append(cell(d.entity())).append(" | ").append(cell(d.item())).append(" | ").append(cell(d.property()))
                        .append(" | ").append(cell(d.ours())).append(" | ").append(cell(d.theirs())).append(" | ")
                        .append(cell(d.message())).append(d.fix().isPresent() ? " (fix proposed)" : "").append(" |\n");
            }
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    static String csv(List<Disagreement> rows) {
        StringBuilder b = new StringBuilder("kind,entity,item,property,ours,theirs,message,fix\r\n");
        for (Disagreement d : rows) {
            b.append(String.join(",", List.of(field(d.kind()), field(d.entity()), field(d.item()), field(d.property()),
                    field(d.ours()), field(d.theirs()), field(d.message()), d.fix().isPresent() ? "yes" : "no"))).append("\r\n");
        }
        return b.toString();
    }

    /** RFC 4180: quote a field with a comma, quote or line break, doubling inner quotes. */
    private static String field(String s) {
        return s.matches("(?s).*[\",\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String quickStatements(List<Disagreement> rows, LocalDate retrieved) {
        StringBuilder b = new StringBuilder();
        for (Disagreement d : rows) {
            if (d.fix().isEmpty()) continue;
            Disagreement.Fix f = d.fix().get();
            List<String> cols = new ArrayList<>(List.of(f.item(), f.property(), value(f.value())));
            if (f.qualifier().isPresent() && f.qualifierValue().isPresent()) {
                cols.add(f.qualifier().get());
                cols.add(value(f.qualifierValue().get()));
            }
            cols.add("S854");
            cols.add("\"" + f.sourceUrl().replace("\"", "%22") + "\"");
            cols.add("S813");
            cols.add("+" + retrieved + "T00:00:00Z/11");
            b.append(String.join("\t", cols)).append('\n');
        }
        return b.toString();
    }

    /** A value in QuickStatements v1 syntax: an item id, a time with its precision, or a quoted string. */
    static String value(Node n) {
        if (n.isURI()) return SnapshotDiff.qid(n);
        String lex = n.getLiteralLexicalForm();
        String dt = n.getLiteralDatatypeURI();
        if (XSDDatatype.XSDdate.getURI().equals(dt)) return "+" + lex + "T00:00:00Z/11";
        if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) return "+" + lex + "-00T00:00:00Z/10";
        if (XSDDatatype.XSDgYear.getURI().equals(dt)) return "+" + lex + "-00-00T00:00:00Z/9";
        return "\"" + lex.replace("\"", "'") + "\"";
    }
}
