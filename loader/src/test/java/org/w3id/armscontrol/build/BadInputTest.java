package org.w3id.armscontrol.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.armscontrol.build.BuildSnapshot.buildFolders;
import static org.w3id.armscontrol.build.BuildSnapshot.quadCount;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.store.BuildStore;

/**
 * A build killed half-way leaves the previous build current and needs no clean-up. (The bad-input
 * cases that were here, each a broken file with its exact {@code file:line:col} problems, are now
 * in the broken data corpus: {@link BrokenDataCorpusTest}.)
 */
class BadInputTest {
    // ---- a build killed half-way ----

    @Test
    void aBuildKilledHalfWayLeavesThePreviousBuildCurrent(@TempDir Path own) throws Exception {
        TestProject p = TestProject.withData(own, TestProject.resource("golden/bilateral-lifecycle/data"));
        BuildStore store = p.store();
        Path first = p.builder().build();
        byte[] dump = Files.readAllBytes(store.dump(first));

        // What a killed process leaves: a new folder with half a dump and part of a database, and
        // possibly the pointer's temporary file naming it (written just before the atomic rename).
        Path stray = Files.createDirectory(first.getParent().resolve("build-killed"));
        Files.write(stray.resolve(BuildStore.DUMP), Arrays.copyOf(dump, dump.length / 2));
        Files.createDirectories(stray.resolve("tdb2").resolve("Data-0001"));
        Files.writeString(p.file("build/CURRENT.tmp"), "build-killed\n", StandardCharsets.UTF_8);
        // Killed after the first build finished, so its folder is the newest one (for a moment).
        Files.setLastModifiedTime(stray, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 1_000));
        Thread.sleep(1_100);

        assertEquals(Optional.of(first), store.current());
        assertArrayEquals(dump, Files.readAllBytes(store.dump(store.current().orElseThrow())));
        assertTrue(p.builder().isUpToDate(), "the stray folder must not make the current build stale");

        Path second = p.builder().build();
        assertNotEquals(first, second);
        assertNotEquals(stray, second);
        assertEquals(Optional.of(second), store.current());
        assertArrayEquals(dump, Files.readAllBytes(store.dump(second)), "same inputs, same dump");
        // The build that was current before is kept: a running server may still have it open.
        assertTrue(Files.isRegularFile(store.dump(first)), "the previous build was pruned");
        assertEquals(quadCount(store.database(first)), quadCount(store.database(second)));

        Path third = p.builder().build();
        assertEquals(Optional.of(third), store.current());
        assertFalse(Files.exists(stray), "the killed build's folder was not pruned");
        assertEquals(Set.of(third.getFileName().toString(), second.getFileName().toString()), buildFolders(p));
    }
}
