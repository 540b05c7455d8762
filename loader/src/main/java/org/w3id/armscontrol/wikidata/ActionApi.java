package org.w3id.armscontrol.wikidata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The Wikidata Action API calls this project makes: {@code wbgetentities} by id or by English
 * Wikipedia title, and {@code wbsearchentities} by label. Requests are batched to the API's limit
 * of 50 ids or titles, and go through a {@link PoliteHttpClient}.
 */
public final class ActionApi {
    /** Wikidata's Action API; tests and mirrors pass another. */
    public static final URI WIKIDATA = URI.create("https://www.wikidata.org/w/api.php");
    /** wbgetentities takes at most 50 ids or titles per request. */
    static final int BATCH = 50;
    /** The languages whose labels the graph and the snapshot compare. */
    public static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    private final URI endpoint;
    private final PoliteHttpClient http;

    public ActionApi(URI endpoint, PoliteHttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    /** The items with these ids; ids Wikidata does not know are absent from the map. */
    public Map<String, WdEntity> byIds(Collection<String> ids) throws WikidataException {
        Map<String, WdEntity> out = new LinkedHashMap<>();
        for (List<String> batch : batches(ids)) {
            URI uri = uri(Map.of("action", "wbgetentities", "ids", String.join("|", batch)), true);
            for (WdEntity e : EntityJson.entities(EntityJson.parse(http.get(uri), uri), uri)) out.put(e.id(), e);
        }
        return out;
    }

    /** The items whose English Wikipedia sitelink is one of these titles, keyed by that title. */
    public Map<String, WdEntity> byEnwikiTitles(Collection<String> titles) throws WikidataException {
        Map<String, WdEntity> out = new LinkedHashMap<>();
        for (List<String> batch : batches(titles)) {
            URI uri = uri(Map.of("action", "wbgetentities", "sites", "enwiki", "titles", String.join("|", batch)), true);
            for (WdEntity e : EntityJson.entities(EntityJson.parse(http.get(uri), uri), uri)) {
                e.enwikiTitle().ifPresent(t -> out.put(t, e));
            }
        }
        return out;
    }

    /** Items whose label or alias in {@code language} matches {@code text}, best first. */
    public List<SearchHit> search(String text, String language, int limit) throws WikidataException {
        URI uri = uri(Map.of("action", "wbsearchentities", "search", text, "language", language, "uselang", language,
                "type", "item", "limit", Integer.toString(limit)), false);
        JsonObject json = EntityJson.parse(http.get(uri), uri);
        JsonValue search = json.get("search");
        if (search == null || !search.isArray()) throw EntityJson.malformed(uri, "no 'search' list");
        List<SearchHit> hits = new ArrayList<>();
        try {
            for (JsonValue v : search.getAsArray()) {
                JsonObject o = v.getAsObject();
                JsonObject match = o.hasKey("match") ? o.getObj("match") : new JsonObject();
                hits.add(new SearchHit(o.getString("id"), o.getString("label"), o.getString("description"),
                        match.getString("type"), match.getString("text")));
            }
        } catch (JsonException e) {
            throw EntityJson.malformed(uri, "a search result is not an object (" + e.getMessage() + ")");
        }
        return hits;
    }

    private URI uri(Map<String, String> params, boolean entityProps) {
        Map<String, String> all = new LinkedHashMap<>(new java.util.TreeMap<>(params));
        if (entityProps) {
            all.put("props", "labels|descriptions|claims|sitelinks");
            all.put("languages", String.join("|", LANGUAGES));
            all.put("sitefilter", "enwiki");
        }
        all.put("format", "json");
        all.put("formatversion", "1");
        StringJoiner q = new StringJoiner("&");
        all.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return URI.create(endpoint + (endpoint.toString().contains("?") ? "&" : "?") + q);
    }

    private static List<List<String>> batches(Collection<String> values) {
        List<String> all = values.stream().distinct().sorted().toList();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        return out;
    }
}
