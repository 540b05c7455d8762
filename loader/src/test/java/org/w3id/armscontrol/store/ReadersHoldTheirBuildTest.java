package org.w3id.armscontrol.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.TestProject;

/**
 * A reader of a build's dump ({@code query}, {@code export}, {@code wikidata}) holds it as a
 * server does: builds that finish during a long read do not delete it, and once the reader is
 * done the next build prunes it as usual.
 */
class ReadersHoldTheirBuildTest {

    @Test
    void buildsDuringAReadKeepTheDumpBeingRead(@TempDir Path tmp) throws Exception {
        TestProject p = TestProject.withData(tmp, TestProject.resource("golden/bilateral-lifecycle/data"));
        BuildStore store = p.store();
        Path a = p.builder().build();
        byte[] dump = Files.readAllBytes(store.dump(a));

        byte[] read = store.whileHeld(a, d -> {
            // Two builds finish while the reader is half-way: each would prune a build two behind.
            buildAgain(p);
            buildAgain(p);
            assertTrue(Files.isRegularFile(d), "the dump being read was deleted");
            return Files.readAllBytes(d);
        });
        assertArrayEquals(dump, read);

        Path d = p.builder().build();
        assertEquals(Optional.of(d), store.current());
        assertFalse(Files.exists(a), "a build no reader holds any more was kept");
    }

    private static void buildAgain(TestProject p) {
        try {
            p.builder().build();
        } catch (Exception e) {
            throw new AssertionError("the test data no longer builds", e);
        }
    }

    @Test
    void aReaderOfABuildPrunedMeanwhileReadsTheCurrentOne(@TempDir Path tmp) throws Exception {
        TestProject p = TestProject.withData(tmp, TestProject.resource("golden/bilateral-lifecycle/data"));
        BuildStore store = p.store();
        Path a = p.builder().build();
        p.builder().build();
        Path c = p.builder().build();
        assertFalse(Files.exists(a), "the oldest build should have been pruned");
        Path read = store.whileHeld(a, dump -> dump);
        assertEquals(store.dump(c), read);
    }
}
