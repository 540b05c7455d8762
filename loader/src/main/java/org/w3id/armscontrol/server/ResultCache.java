package org.w3id.armscontrol.server;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.w3id.armscontrol.query.Language;
import org.w3id.armscontrol.query.ResultFormat;

/**
 * The named-query answers a server has already written, as bytes, so a repeated request is
 * served without running the query. A server serves one build for its whole life, so nothing
 * here ever goes stale; a new build is a new server with an empty cache. Bounded twice: at most
 * {@link #MAX_ENTRIES} answers (least recently used dropped first, by Jena's Caffeine-backed
 * cache), none larger than {@link #MAX_ENTRY_BYTES}, so it holds at most 64 MiB.
 */
final class ResultCache {
    static final int MAX_ENTRIES = 256;
    static final int MAX_ENTRY_BYTES = 256 * 1024;

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

    private final Cache<Key, byte[]> answers = CacheFactory.createCache(MAX_ENTRIES);

    Optional<byte[]> get(Key key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    /** Keeps the answer unless it is too large to be worth the memory. */
    void put(Key key, byte[] answer) {
        if (answer.length <= MAX_ENTRY_BYTES) answers.put(key, answer);
    }
}
