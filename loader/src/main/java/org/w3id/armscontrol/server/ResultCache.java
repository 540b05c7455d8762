package org.w3id.armscontrol.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.w3id.armscontrol.query.Language;
import org.w3id.armscontrol.query.ResultFormat;

/**
 * The named-query answers a server has already written, as bytes, so a repeated request is
 * served without running the query. A server serves one build for its whole life, so nothing
 * here ever goes stale; a new build is a new server with an empty cache. Bounded by bytes, not
 * entries: at most {@link #MAX_TOTAL_BYTES} in all (least recently and least often used dropped
 * first), none larger than {@link #MAX_ENTRY_BYTES}. The largest answers are the ones most worth
 * keeping (a whole-history series or timeline costs seconds to compute), so the entry bound is
 * generous.
 */
final class ResultCache {
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRY_BYTES = 8 * 1024 * 1024;

    /**
     * One answer: the query, its parameters as bound (so {@code new-start}, its IRI and its QID
     * are one key, and a default date is the day it stood for), the format and the language.
     */
    record Key(String query, Map<String, String> bindings, ResultFormat format, Language lang) {
        static Key of(String query, Map<String, Node> bindings, ResultFormat format, Language lang) {
            Map<String, String> sorted = new TreeMap<>();
            bindings.forEach((k, v) -> sorted.put(k, v.toString()));
            return new Key(query, Map.copyOf(sorted), format, lang);
        }
    }

    private final int maxEntryBytes;
    private final Cache<Key, byte[]> answers;

    ResultCache() {
        this(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    ResultCache(int maxEntryBytes, long maxTotalBytes) {
        this.maxEntryBytes = maxEntryBytes;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxTotalBytes)
                .weigher((Key k, byte[] answer) -> answer.length)
                // Evict on the calling thread: no background task outlives the server.
                .executor(Runnable::run)
                .build();
    }

    Optional<byte[]> get(Key key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    /** Keeps the answer unless it is too large to be worth the memory. */
    void put(Key key, byte[] answer) {
        if (answer.length <= maxEntryBytes) answers.put(key, answer);
    }

    /** The bytes held now, after any pending eviction. */
    long heldBytes() {
        answers.cleanUp();
        return answers.asMap().values().stream().mapToLong(a -> a.length).sum();
    }
}
