package org.w3id.armscontrol.server;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cuts off a client that sends its request body too slowly (408), so a few clients dripping a
 * byte at a time cannot hold the server's threads. After a grace period a body must have arrived
 * at the minimum rate. Jetty's own check ({@code HttpConfiguration.setMinRequestDataRate}) has
 * no grace: it asks {@code rate × elapsed} bytes at every read, so a 6-byte query whose read
 * starts 6 ms after its first byte (one scheduling delay on a busy server) was refused with a 408.
 * Wraps the core request, so form bodies, which Jetty reads itself, are checked too.
 */
final class MinimumUploadRate extends Handler.Wrapper {
    /** How long any body may take before the rate applies. */
    static final long GRACE_MILLIS = 2_000;

    private final long bytesPerSecond;

    MinimumUploadRate(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(bytesPerSecond > 0 ? new RateChecked(request) : request, response, callback);
    }

    /** True when {@code bytes} arrived in {@code elapsedMillis} is below the rate, once the grace is over. */
    static boolean tooSlow(long bytes, long elapsedMillis, long bytesPerSecond) {
        long counted = elapsedMillis - GRACE_MILLIS;
        return counted > 0 && bytes < bytesPerSecond * counted / 1000;
    }

    private final class RateChecked extends Request.Wrapper {
        private final long start = System.nanoTime();
        private long bytes;

        RateChecked(Request wrapped) {
            super(wrapped);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || chunk.getFailure() != null) return chunk;
            ByteBuffer content = chunk.getByteBuffer();
            if (content != null) bytes += content.remaining();
            if (chunk.isLast()) return chunk;
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (tooSlow(bytes, elapsed, bytesPerSecond)) {
                chunk.release();
                getWrapped().fail(new BadMessageException(HttpStatus.REQUEST_TIMEOUT_408,
                        "request body arrived slower than " + bytesPerSecond + " bytes per second"));
                return null;
            }
            return chunk;
        }
    }
}
