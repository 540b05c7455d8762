package org.w3id.armscontrol.wikidata;

import java.time.Duration;

/**
 * How politely we ask Wikidata: who we are (Wikimedia's User-Agent policy asks for a name and a
 * contact), how often we ask, and how long we wait before asking again after a 429 or 503.
 *
 * @param userAgent      sent with every request
 * @param minInterval    the least time between two requests (a bound on the request rate)
 * @param maxAttempts    tries per request, counting the first
 * @param firstBackoff   the wait after the first 429/503 when the server gives no Retry-After; doubled each time
 * @param maxBackoff     the longest wait, also the cap on a server's Retry-After
 * @param requestTimeout how long one request may take
 */
public record HttpSettings(String userAgent, Duration minInterval, int maxAttempts, Duration firstBackoff,
                           Duration maxBackoff, Duration requestTimeout) {

    public static final String USER_AGENT =
            "ArmsControlKG/0.1 (https://w3id.org/arms-control/; linked-data curation tool) Java-http-client";

    /** One request a second, five tries, backing off from 2 s up to a minute. */
    public static HttpSettings polite() {
        return new HttpSettings(USER_AGENT, Duration.ofSeconds(1), 5, Duration.ofSeconds(2), Duration.ofSeconds(60),
                Duration.ofSeconds(30));
    }

    public HttpSettings {
        if (userAgent == null || userAgent.isBlank()) throw new IllegalArgumentException("a User-Agent is required");
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    }

    public HttpSettings withMinInterval(Duration d) {
        return new HttpSettings(userAgent, d, maxAttempts, firstBackoff, maxBackoff, requestTimeout);
    }

    public HttpSettings withBackoff(Duration first, Duration max) {
        return new HttpSettings(userAgent, minInterval, maxAttempts, first, max, requestTimeout);
    }

    public HttpSettings withMaxAttempts(int n) {
        return new HttpSettings(userAgent, minInterval, n, firstBackoff, maxBackoff, requestTimeout);
    }
}
