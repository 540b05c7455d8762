package org.w3id.armscontrol.wikidata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * GET with the manners Wikimedia asks for: a descriptive User-Agent, a bounded request rate,
 * and retries with exponential backoff (honouring Retry-After) when the server answers 429
 * (too many requests) or 503 (busy). Any other error status fails at once with a clear message.
 */
public final class PoliteHttpClient {
    private final HttpClient http;
    private final HttpSettings settings;
    private final Sleeper sleeper;
    private long lastRequestNanos = Long.MIN_VALUE;

    /** Waiting, behind an interface so tests can count waits instead of sleeping through them. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public PoliteHttpClient(HttpSettings settings) {
        this(settings, d -> Thread.sleep(d.toMillis()));
    }

    public PoliteHttpClient(HttpSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The body of a 200 answer to GET {@code uri}. */
    public String get(URI uri) throws WikidataException {
        Duration backoff = settings.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(uri);
            int status = response.statusCode();
            if (status == 200) return response.body();
            boolean retryable = status == 429 || status == 503;
            if (!retryable) {
                throw new WikidataException(uri + " answered HTTP " + status + snippet(response.body()));
            }
            if (attempt >= settings.maxAttempts()) {
                throw new WikidataException(uri + " answered HTTP " + status + " " + attempt
                        + (attempt == 1 ? " time" : " times") + "; gave up (the service is busy or rate-limiting us; try again later)");
            }
            Duration wait = retryAfter(response).orElse(backoff);
            if (wait.compareTo(settings.maxBackoff()) > 0) wait = settings.maxBackoff();
            pause(wait);
            backoff = backoff.multipliedBy(2);
            if (backoff.compareTo(settings.maxBackoff()) > 0) backoff = settings.maxBackoff();
        }
    }

    private HttpResponse<String> send(URI uri) throws WikidataException {
        keepRate();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json")
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new WikidataException("could not reach " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted while asking " + uri, e);
        }
    }

    /** Waits until at least {@code minInterval} has passed since the previous request. */
    private void keepRate() throws WikidataException {
        long now = System.nanoTime();
        if (lastRequestNanos != Long.MIN_VALUE) {
            long due = lastRequestNanos + settings.minInterval().toNanos();
            if (due > now) pause(Duration.ofNanos(due - now));
        }
        lastRequestNanos = System.nanoTime();
    }

    private void pause(Duration d) throws WikidataException {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted while waiting to ask Wikidata again", e);
        }
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        // Retry-After may also be an HTTP date; only the seconds form is honoured, else we back off.
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long s = Long.parseLong(v.strip());
                return s >= 0 ? java.util.Optional.of(Duration.ofSeconds(s)) : java.util.Optional.empty();
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) return "";
        String s = body.strip().replaceAll("\\s+", " ");
        return ": " + (s.length() > 200 ? s.substring(0, 200) + "…" : s);
    }

}
