package org.w3id.armscontrol.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.w3id.armscontrol.vocab.Prefixes;

/**
 * The ```sparql blocks of the Markdown docs, and whether each parses. A whole query (one with
 * SELECT, ASK, CONSTRUCT or DESCRIBE) must parse as it stands, since a reader pastes it whole; a
 * block of PREFIX lines only is checked before {@code SELECT * {}}; any other block is a graph
 * pattern, checked inside {@code SELECT * { … }} with the project's prefixes (those MODEL.md
 * declares under "Namespaces").
 */
final class SparqlBlocks {
    private SparqlBlocks() {}

    /** One block: where its first line is (1-based, the line after the fence) and its text. */
    record Block(String file, int line, String text) {
        @Override
        public String toString() { return file + ":" + line; }
    }

    private static final Pattern QUERY_FORM = Pattern.compile("(?i)^\\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\\b");
    private static final Pattern PROLOGUE_LINE = Pattern.compile("(?i)^\\s*(PREFIX|BASE)\\b.*");

    /** README.md and docs/*.md of a project folder. */
    static List<Path> files(Path root) throws IOException {
        List<Path> out = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    static List<Block> blocks(String name, List<String> lines) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```sparql")) continue;
            int start = i + 1;
            StringBuilder b = new StringBuilder();
            for (i = start; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) b.append(lines.get(i)).append('\n');
            out.add(new Block(name, start + 1, b.toString()));
        }
        return out;
    }

    /** Empty when the block parses; otherwise "file:line:col: message" at the block's own line. */
    static Optional<String> problem(Block block) {
        List<String> body = block.text().lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        boolean prologueOnly = body.stream().allMatch(l -> PROLOGUE_LINE.matcher(l).matches());
        boolean wholeQuery = body.stream().filter(l -> !PROLOGUE_LINE.matcher(l).matches()).findFirst()
                .map(l -> QUERY_FORM.matcher(l).find()).orElse(false);
        String before;
        String after;
        if (wholeQuery) {
            before = "";
            after = "";
        } else if (prologueOnly) {
            before = "";
            after = "SELECT * {}\n";
        } else {
            StringBuilder p = new StringBuilder();
            Prefixes.MAP.forEach((prefix, iri) -> p.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
            before = p + "SELECT * {\n";
            after = "}\n";
        }
        try {
            QueryFactory.create(before + block.text() + after, Syntax.syntaxSPARQL_11);
            return Optional.empty();
        } catch (QueryParseException e) {
            int offset = (int) before.lines().count();
            // An error found only in the wrapping (an unclosed brace) is put on the block's last line.
            int lines = Math.max((int) block.text().lines().count(), 1);
            int line = Math.min(Math.max(e.getLine() - offset, 1), lines) - 1 + block.line();
            String message = e.getMessage().lines().findFirst().orElse("").replaceFirst("^Line \\d+, column \\d+: ", "");
            return Optional.of(block.file() + ":" + line + ":" + Math.max(e.getColumn(), 1) + ": " + message);
        }
    }
}
