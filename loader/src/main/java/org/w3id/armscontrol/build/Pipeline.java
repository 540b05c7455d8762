package org.w3id.armscontrol.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.armscontrol.data.InvalidInputException;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.Utf8Text;
import org.w3id.armscontrol.data.YamlFile;
import org.w3id.armscontrol.data.YamlRecord;
import org.w3id.armscontrol.derive.Deriver;
import org.w3id.armscontrol.map.FactMapper;
import org.w3id.armscontrol.map.OntologyTerms;
import org.w3id.armscontrol.validate.Locator;
import org.w3id.armscontrol.validate.QuoteCheck;
import org.w3id.armscontrol.validate.ShapeTerms;
import org.w3id.armscontrol.validate.ShapeValidation;
import org.w3id.armscontrol.validate.ViolationQueries;
import org.w3id.armscontrol.rdf.KnowledgeGraph;

/**
 * parse → map → derive → validate, all in memory. Either every check passes and the graph is
 * returned, or every problem found is thrown together; nothing is ever written here.
 */
public final class Pipeline {
    private final ProjectLayout layout;
    private final LocalDate statusDate;

    public Pipeline(ProjectLayout layout, LocalDate statusDate) {
        this.layout = layout;
        this.statusDate = statusDate;
    }

    public LocalDate statusDate() { return statusDate; }

    public KnowledgeGraph load() throws InvalidInputException {
        Problems problems = new Problems();
        Map<String, List<String>> ontologyText = new LinkedHashMap<>();
        Graph ontology = GraphFactory.createDefaultGraph();
        for (Path f : files(layout.ontology(), ".ttl")) {
            if (f.equals(layout.shapes())) continue;
            String name = layout.display(f);
            ontologyText.put(name, Locator.lines(f));
            parseTurtle(f, name, ontology, problems);
        }
        ontology.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                problems.add(new Location(layout.display(layout.ontology()), 1, 1),
                        "blank node in the ontology (the dump must be canonical): give it an IRI, near " + t.getSubject());
            }
        });
        List<YamlRecord> records = new ArrayList<>();
        for (Path f : files(layout.data(), ".yaml")) records.addAll(YamlFile.read(f, layout.display(f), problems));
        Map<String, String> articles = articles(problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems.sorted());

        FactMapper.Result facts = new FactMapper(new OntologyTerms(ontology), articles.keySet(), problems).map(records);
        QuoteCheck.check(facts.quotations(), articles, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems.sorted());

        Graph derived = new Deriver(facts.facts(), ontology, statusDate).derive();
        KnowledgeGraph kg = new KnowledgeGraph(ontology, facts.facts(), derived, facts.origins());

        Locator locator = new Locator(kg, ontologyText);
        // The rules must be there: a missing or empty rules file is an error, not a silent pass.
        Graph shapes = GraphFactory.createDefaultGraph();
        String shapesName = layout.display(layout.shapes());
        byte[] shapesBytes = parseTurtle(layout.shapes(), shapesName, shapes, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems.sorted());
        ShapeTerms.check(new String(shapesBytes, StandardCharsets.UTF_8), shapesName,
                PrefixMapFactory.create(shapes.getPrefixMapping()), ontology, problems);
        Optional<ShapeValidation> shapeValidation = ShapeValidation.load(shapes, shapesName, problems);
        // The rules are read before any is run: one that does not parse stops here, alone.
        ViolationQueries rules;
        try {
            rules = ViolationQueries.load(layout.violationQueries(), layout::display, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems.sorted());
        shapeValidation.orElseThrow().check(kg.union(), locator, problems);
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.w3id.armscontrol.store.ServedDataset.fill(ds, kg.namedGraphs());
        rules.check(ds, locator, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems.sorted());
        return kg;
    }

    /**
     * A digest of everything a build depends on: the input files, the status date and the
     * loader itself. Equal fingerprints mean an existing build is up to date.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, Path> inputs = new TreeMap<>();
            for (Path dir : List.of(layout.data(), layout.articles(), layout.ontology(), layout.violationQueries())) {
                for (Path f : files(dir, "")) inputs.put(layout.display(f), f);
            }
            for (var e : inputs.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(e.getValue()));
            }
            sha.update(statusDate.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(LoaderVersion.id().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The saved articles by file name; one that is not clean UTF-8 text is a located problem. */
    private Map<String, String> articles(Problems problems) {
        Map<String, String> texts = new TreeMap<>();
        for (Path f : files(layout.articles(), ".txt")) {
            try {
                Utf8Text.decode(Files.readAllBytes(f), layout.display(f), problems)
                        .ifPresent(text -> texts.put(f.getFileName().toString(), text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /**
     * Parses a Turtle file into a graph and returns its bytes; a file that is missing or cannot
     * be read is a problem at its first line, like a syntax error, never an empty graph.
     */
    private static byte[] parseTurtle(Path f, String name, Graph into, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            problems.add(new Location(name, 1, 1), "required file is missing");
            return new byte[0];
        } catch (AccessDeniedException e) {
            problems.add(new Location(name, 1, 1), "cannot read the file: permission denied");
            return new byte[0];
        } catch (IOException e) {
            problems.add(new Location(name, 1, 1), Files.isDirectory(f) ? "is a folder, not a Turtle file" : "cannot read the file: " + e.getMessage());
            return new byte[0];
        }
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).base(f.toUri().toString()).lang(Lang.TURTLE)
                    .errorHandler(new Collecting(name, problems)).parse(into);
        } catch (RiotException e) {
            // Already reported by the error handler, with its position.
        }
        return bytes;
    }

    /** The regular files directly in a folder with a name ending, sorted by name. */
    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns the Turtle parser's complaints into problems with their positions. */
    private record Collecting(String file, Problems problems) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) { }

        @Override
        public void error(String message, long line, long col) {
            problems.add(new Location(file, (int) Math.max(line, 1), (int) Math.max(col, 1)), "Turtle: " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
            throw new RiotException(message);
        }
    }
}
