package org.w3id.armscontrol.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locks behind safe builds: shared and exclusive holds in this process, what another process
 * sees (a child JVM tries the same file), and waiting. On Linux, closing any channel on a file
 * drops the process's lock on it, so probing a lock from this process must not open a second one.
 */
class LockFileTest {
    @TempDir Path tmp;

    @Test
    void sharedHoldersCoexistAndKeepOutAnExclusiveHolder() throws Exception {
        Path f = tmp.resolve("served.lock");
        LockFile a = LockFile.tryShared(f).orElseThrow();
        LockFile b = LockFile.tryShared(f).orElseThrow();
        assertTrue(LockFile.tryExclusive(f).isEmpty(), "exclusive while two shared holders");
        a.close();
        assertTrue(LockFile.tryExclusive(f).isEmpty(), "exclusive while one shared holder is left");
        assertEquals(1, probe(f, "exclusive"), "another process took the lock exclusively while it was held shared");
        assertEquals(0, probe(f, "shared"), "another process could not share a shared lock");
        b.close();
        try (LockFile ex = LockFile.tryExclusive(f).orElseThrow()) {
            assertTrue(LockFile.tryShared(f).isEmpty(), "shared while held exclusively");
        }
    }

    @Test
    void probingFromThisProcessDoesNotDropTheLockForOtherProcesses() throws Exception {
        Path f = tmp.resolve("build.lock");
        try (LockFile held = LockFile.tryExclusive(f).orElseThrow()) {
            // Each refused attempt here must leave the operating system's lock in place.
            assertTrue(LockFile.tryExclusive(f).isEmpty());
            assertTrue(LockFile.tryShared(f).isEmpty());
            assertTrue(LockFile.tryExclusive(tmp.resolve(".").resolve("build.lock")).isEmpty(), "another name for the same file");
            assertEquals(1, probe(f, "shared"), "another process took a lock this process holds");
        }
        assertEquals(0, probe(f, "exclusive"), "the lock outlived its release");
    }

    @Test
    void aWaitingLockIsTakenWhenReleased() throws Exception {
        Path f = tmp.resolve("build.lock");
        CountDownLatch waiting = new CountDownLatch(1);
        LockFile first = LockFile.tryExclusive(f).orElseThrow();
        CompletableFuture<LockFile> second = CompletableFuture.supplyAsync(() -> {
            try {
                return LockFile.exclusive(f, waiting::countDown);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(waiting.await(10, TimeUnit.SECONDS), "the second holder never said it was waiting");
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second holder did not wait");
        first.close();
        try (LockFile got = second.get(10, TimeUnit.SECONDS)) {
            assertTrue(LockFile.tryExclusive(f).isEmpty());
        }
    }

    /** Exit code of a child JVM trying to lock {@code f}: 0 if it could, 1 if not. */
    private static int probe(Path f, String mode) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
                f.toString(), mode);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the probe did not finish");
        return p.exitValue();
    }
}
