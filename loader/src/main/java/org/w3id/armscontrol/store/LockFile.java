package org.w3id.armscontrol.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A lock on a file, shared or exclusive, held against other processes (a java.nio
 * {@link FileLock}, which the operating system drops when its process dies, even by
 * {@code kill -9}) and against other threads of this process.
 *
 * <p>A {@code FileLock} belongs to the whole process, and on Linux closing <em>any</em> channel
 * on the file drops it. So this process never opens a second channel on a file it has locked:
 * the locks it holds are kept in one table, as Jena's own {@code ProcessFileLock} does for TDB2.
 * The table only mirrors what the operating system already holds for the process.
 */
public final class LockFile implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    /** The files this process has locked; guarded by itself. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int holders = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private final Path file;
    private boolean released;

    private LockFile(Path file) {
        this.file = file;
    }

    /** A shared lock, which any number of holders (here or in other processes) may hold at once; empty if someone holds it exclusively. */
    public static Optional<LockFile> tryShared(Path file) throws IOException {
        return tryLock(file, true);
    }

    /** An exclusive lock; empty if anyone, in this process or another, holds the file locked. */
    public static Optional<LockFile> tryExclusive(Path file) throws IOException {
        return tryLock(file, false);
    }

    /** An exclusive lock, waiting for it as long as it takes; {@code whileWaiting} runs once if it must wait. */
    public static LockFile exclusive(Path file, Runnable whileWaiting) throws IOException {
        boolean told = false;
        while (true) {
            Optional<LockFile> lock = tryExclusive(file);
            if (lock.isPresent()) return lock.get();
            if (!told) {
                whileWaiting.run();
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the lock on " + file);
            }
        }
    }

    private static Optional<LockFile> tryLock(Path file, boolean shared) throws IOException {
        // One key per file however it is named (the parent folder exists: the lock file is made in it).
        Path key = file.toAbsolutePath().getParent().toRealPath().resolve(file.getFileName());
        synchronized (HELD) {
            Held here = HELD.get(key);
            if (here != null) {
                if (!shared || !here.lock.isShared()) return Optional.empty();
                here.holders++;
                return Optional.of(new LockFile(key));
            }
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            HELD.put(key, new Held(channel, lock));
            return Optional.of(new LockFile(key));
        }
    }

    public Path file() {
        return file;
    }

    /** Releases this hold; the file is unlocked when its last holder in this process lets go. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (released) return;
            released = true;
            Held here = HELD.get(file);
            if (--here.holders > 0) return;
            HELD.remove(file);
            try {
                here.lock.release();
            } finally {
                here.channel.close();
            }
        }
    }
}
