package org.w3id.armscontrol.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Run as a child process: can another process lock the file? Exits 0 if it could, 1 if not. */
public final class LockProbe {
    private LockProbe() {}

    /** {@code LockProbe FILE shared|exclusive} */
    public static void main(String[] args) throws IOException {
        boolean shared = args[1].equals("shared");
        try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = c.tryLock(0, Long.MAX_VALUE, shared);
            System.exit(lock != null ? 0 : 1);
        }
    }
}
