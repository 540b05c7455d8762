package org.w3id.armscontrol.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses the text of one data file into its YAML node tree, refusing, each at its place, what a
 * data file must not hold: malformed YAML, aliases, duplicate keys and absurd nesting.
 *
 * <p>Aliases are refused outright rather than counted: no fact needs one, a value shared through
 * an alias has no single line to report a problem at, and a few lines of nested aliases (the
 * "billion laughs") expand to billions of nodes for whoever walks the tree.
 */
final class YamlDocument {
    /**
     * Lists and mappings inside one another: far more than any record needs (file, section,
     * record, sources, entry), far fewer than would exhaust the stack of a recursive walk.
     */
    static final int MAX_NESTING = 20;

    private YamlDocument() {}

    /** The root node, or empty when a problem was reported. */
    static Optional<Node> parse(String text, String file, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML counts scalars too and checks before it counts: at this limit it never
        // fires before the guard, which reports the first list or mapping too deep, where it opens.
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(YamlFile.MAX_BYTES); // never reached: a longer file is refused before it is read
        Guard guard = new Guard(new ParserImpl(new StreamReader(text), options));
        Node root;
        try {
            root = new Composer(guard, new Resolver(), options).getSingleNode();
        } catch (Refused e) {
            problems.add(at(file, e.mark), e.getMessage());
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(m == null ? at(file, guard.last) : at(file, m), "malformed YAML: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            // SnakeYAML's limits throw without a position: the event being read is where.
            problems.add(at(file, guard.last), "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            // Nothing but blank lines and comments: most likely a file emptied or truncated by mistake.
            problems.add(new Location(file, 1, 1), "the file holds no data: add sections (sources:, events:, ...) or delete it");
            return Optional.empty();
        }
        reportDuplicateKeys(root, file, problems);
        return Optional.of(root);
    }

    private static String describe(MarkedYAMLException e) {
        // SnakeYAML spells a tab '\t(TAB)' and speaks only of indentation, also after a ':'.
        if (e.getProblem() != null && e.getProblem().contains("\\t(TAB)")) {
            return "a tab cannot be used here: indent, and separate values from ':' and '-', with spaces";
        }
        Mark ctx = e.getContextMark();
        String context = e.getContext() == null || ctx == null ? ""
                : " (" + e.getContext() + " started at " + (ctx.getLine() + 1) + ":" + (ctx.getColumn() + 1) + ")";
        return e.getProblem() + context;
    }

    /** YAML forbids a key twice in one mapping; SnakeYAML's node tree keeps both, so a later value could silently win. */
    private static void reportDuplicateKeys(Node node, String file, Problems problems) {
        if (node instanceof MappingNode map) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    Node first = seen.putIfAbsent(key.getValue(), key);
                    if (first != null) {
                        problems.add(at(file, key.getStartMark()),
                                "duplicate key '" + key.getValue() + "' (first at " + at(file, first.getStartMark()) + ")");
                    }
                }
                reportDuplicateKeys(t.getKeyNode(), file, problems);
                reportDuplicateKeys(t.getValueNode(), file, problems);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) reportDuplicateKeys(item, file, problems);
        }
    }

    private static Location at(String file, Mark m) {
        return m == null ? new Location(file, 1, 1) : new Location(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** Passes the parser's events to the composer, refusing aliases and deep nesting, and remembering where it is. */
    private static final class Guard implements Parser {
        private final Parser parser;
        private Mark last;
        private int depth;

        Guard(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return seen(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            Event e = seen(parser.getEvent());
            if (e instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
                throw new Refused(last, "lists and mappings nested more than " + MAX_NESTING + " levels deep");
            }
            if (e instanceof CollectionEndEvent) depth--;
            return e;
        }

        private Event seen(Event e) {
            if (e == null) return null;
            last = e.getStartMark();
            if (e instanceof AliasEvent alias) {
                throw new Refused(last, "aliases (*" + alias.getAnchor() + ") are not allowed in data files: write the value out");
            }
            return e;
        }
    }

    /** A construct data files do not allow, found at a place. */
    private static final class Refused extends RuntimeException {
        final transient Mark mark;

        Refused(Mark mark, String message) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }
}
