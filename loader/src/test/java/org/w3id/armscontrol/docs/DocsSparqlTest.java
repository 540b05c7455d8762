package org.w3id.armscontrol.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.vocab.Prefixes;

/** Every ```sparql block of README.md and docs/*.md parses (see {@link SparqlBlocks} for how). */
class DocsSparqlTest {

    @TestFactory
    Stream<DynamicTest> everySparqlBlockParses() throws Exception {
        List<SparqlBlocks.Block> all = new ArrayList<>();
        Path root = TestProject.repository();
        for (Path f : SparqlBlocks.files(root)) {
            all.addAll(SparqlBlocks.blocks(root.relativize(f).toString(), Files.readAllLines(f)));
        }
        assertTrue(all.stream().anyMatch(b -> b.file().equals("docs/MODEL.md")), "no sparql block found in docs/MODEL.md");
        return all.stream().map(b -> DynamicTest.dynamicTest(b.toString(),
                () -> assertEquals(Optional.empty(), SparqlBlocks.problem(b))));
    }

    /** MODEL.md's "Namespaces" block declares exactly the prefixes the exports use, and no retired one. */
    @Test
    void modelMdDeclaresTheProjectsPrefixes() throws Exception {
        List<String> lines = Files.readAllLines(TestProject.repository().resolve("docs/MODEL.md"));
        SparqlBlocks.Block first = SparqlBlocks.blocks("docs/MODEL.md", lines).get(0);
        var declared = QueryFactory.create(first.text() + "SELECT * {}").getPrefixMapping().getNsPrefixMap();
        assertEquals(new TreeMap<>(Prefixes.MAP.getMapping()), new TreeMap<>(declared));
    }

    @Test
    void aBrokenBlockIsReportedAtItsFileAndLine() {
        List<String> md = List.of("# Title", "", "```sparql", "SELECT ?t WHERE {",
                "  ?t ac:treaty id:treaty/new-start .", "}", "```");
        List<SparqlBlocks.Block> blocks = SparqlBlocks.blocks("docs/X.md", md);
        assertEquals(1, blocks.size());
        String problem = SparqlBlocks.problem(blocks.get(0)).orElse("parsed");
        assertTrue(problem.startsWith("docs/X.md:5:"), problem);
    }

    @Test
    void fragmentsAndPrefixBlocksAreCheckedToo() {
        List<String> md = List.of("```sparql", "PREFIX treaty: <https://w3id.org/arms-control/id/treaty/>", "```",
                "text", "```sparql", "?t ac:treaty treaty:new-start .", "```",
                "```sparql", "?t ac:treaty treaty:new-start", "FILTER(", "```",
                "```sparql", "PREFIX id: https://w3id.org/arms-control/id/", "```");
        List<Optional<String>> problems = SparqlBlocks.blocks("README.md", md).stream().map(SparqlBlocks::problem).toList();
        assertEquals(4, problems.size());
        assertEquals(Optional.empty(), problems.get(0));
        assertEquals(Optional.empty(), problems.get(1));
        assertTrue(problems.get(2).orElse("parsed").startsWith("README.md:10:"), problems.get(2).toString());
        assertTrue(problems.get(3).orElse("parsed").startsWith("README.md:13:"), problems.get(3).toString());
    }
}
