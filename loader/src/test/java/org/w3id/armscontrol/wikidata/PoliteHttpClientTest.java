package org.w3id.armscontrol.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, backoff, rate bound and User-Agent, against the local stand-in over real HTTP. */
class PoliteHttpClientTest {
    WikidataStandIn standIn;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        standIn = new WikidataStandIn();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    /** Records each wait instead of sleeping through it. */
    PoliteHttpClient client(int maxAttempts, Duration minInterval) {
        HttpSettings s = HttpSettings.polite().withMaxAttempts(maxAttempts).withMinInterval(minInterval)
                .withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));
        return new PoliteHttpClient(s, waits::add);
    }

    URI search() {
        return URI.create(standIn.api() + "?action=wbsearchentities&search=SALT%20II&language=en&format=json");
    }

    @Test
    void retriesA429AfterTheServersRetryAfter() throws Exception {
        standIn.failNext(429, 2, "7");
        String body = client(5, Duration.ZERO).get(search());
        assertTrue(body.contains("Q900000002"), body);
        assertEquals(3, standIn.requests.size());
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7)), waits);
    }

    @Test
    void backsOffExponentiallyOn503WithoutRetryAfter() throws Exception {
        standIn.failNext(503, 3, null);
        client(5, Duration.ZERO).get(search());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), waits);
    }

    @Test
    void aServersRetryAfterIsCappedAtTheLongestBackoff() throws Exception {
        standIn.failNext(429, 1, "86400");
        client(5, Duration.ZERO).get(search());
        assertEquals(List.of(Duration.ofSeconds(60)), waits);
    }

    @Test
    void givesUpAfterMaxAttemptsWithAClearMessage() {
        standIn.failNext(503, 10, null);
        WikidataException e = assertThrows(WikidataException.class, () -> client(3, Duration.ZERO).get(search()));
        assertTrue(e.getMessage().contains("answered HTTP 503 3 times; gave up"), e.getMessage());
        assertEquals(3, standIn.requests.size());
    }

    @Test
    void otherErrorsAreNotRetried() {
        standIn.failNext(404, 1, null);
        WikidataException e = assertThrows(WikidataException.class, () -> client(5, Duration.ZERO).get(search()));
        assertTrue(e.getMessage().contains("answered HTTP 404"), e.getMessage());
        assertEquals(1, standIn.requests.size());
    }

    @Test
    void keepsTheRequestRateBounded() throws Exception {
        PoliteHttpClient c = client(1, Duration.ofSeconds(5));
        c.get(search());
        c.get(search());
        assertEquals(1, waits.size(), "the second request waits for the interval");
        assertTrue(waits.get(0).compareTo(Duration.ofSeconds(4)) > 0 && waits.get(0).compareTo(Duration.ofSeconds(5)) <= 0,
                "waited " + waits.get(0));
    }

    @Test
    void sendsTheProjectsUserAgent() throws Exception {
        client(1, Duration.ZERO).get(search());
        String ua = standIn.requests.get(0).userAgent();
        assertTrue(ua.startsWith("ArmsControlKG/") && ua.contains("https://w3id.org/arms-control/"), ua);
    }
}
