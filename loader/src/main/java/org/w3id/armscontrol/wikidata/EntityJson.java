package org.w3id.armscontrol.wikidata;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads the Wikibase JSON the Action API returns ({@code wbgetentities}, {@code wbsearchentities})
 * into {@link WdEntity}s. Anything that is not the documented shape is a {@link WikidataException}
 * naming the URL, never a half-read entity.
 */
final class EntityJson {
    private EntityJson() {}

    /** The response body as a JSON object, or a clear error if it is not one or reports an API error. */
    static JsonObject parse(String body, URI from) throws WikidataException {
        JsonObject json;
        try {
            json = JSON.parse(body);
        } catch (JsonParseException e) {
            throw new WikidataException("malformed response from " + from + ": not JSON (" + e.getMessage() + ")");
        } catch (JsonException e) {
            throw new WikidataException("malformed response from " + from + ": " + e.getMessage());
        }
        if (json.hasKey("error")) {
            JsonValue err = json.get("error");
            String code = err.isObject() ? text(err.getAsObject(), "code") : "?";
            String info = err.isObject() ? text(err.getAsObject(), "info") : String.valueOf(err);
            throw new WikidataException(from + " answered with API error '" + code + "': " + info);
        }
        return json;
    }

    /** The entities of a {@code wbgetentities} answer, missing ones left out. */
    static List<WdEntity> entities(JsonObject json, URI from) throws WikidataException {
        JsonValue entities = json.get("entities");
        if (entities == null || !entities.isObject()) {
            throw new WikidataException("malformed response from " + from + ": no 'entities' object");
        }
        List<WdEntity> out = new ArrayList<>();
        for (var e : entities.getAsObject().entrySet()) {
            if (!e.getValue().isObject()) throw malformed(from, "entity " + e.getKey() + " is not an object");
            JsonObject o = e.getValue().getAsObject();
            if (o.hasKey("missing")) continue;
            try {
                out.add(entity(o));
            } catch (JsonException | ClassCastException | NullPointerException | StringIndexOutOfBoundsException ex) {
                throw malformed(from, "entity " + e.getKey() + " is not in Wikibase's JSON shape (" + ex.getMessage() + ")");
            }
        }
        return out;
    }

    private static WdEntity entity(JsonObject o) {
        String id = o.getString("id");
        if (id == null) throw new JsonException("no 'id'");
        Optional<String> enwiki = Optional.empty();
        JsonObject sitelinks = objectOrEmpty(o, "sitelinks");
        if (sitelinks.hasKey("enwiki")) enwiki = Optional.of(sitelinks.getObj("enwiki").getString("title"));
        List<WdStatement> statements = new ArrayList<>();
        JsonObject claims = objectOrEmpty(o, "claims");
        for (String property : claims.keys()) {
            for (JsonValue c : claims.get(property).getAsArray()) {
                JsonObject claim = c.getAsObject();
                WdValue value = snakValue(claim.getObj("mainsnak"));
                if (value == null) continue; // "no value" / "unknown value" snaks say nothing we compare
                Map<String, List<WdValue>> qualifiers = new LinkedHashMap<>();
                JsonObject q = objectOrEmpty(claim, "qualifiers");
                for (String qp : q.keys()) {
                    for (JsonValue snak : q.get(qp).getAsArray()) {
                        WdValue qv = snakValue(snak.getAsObject());
                        if (qv != null) qualifiers.computeIfAbsent(qp, k -> new ArrayList<>()).add(qv);
                    }
                }
                String rank = claim.hasKey("rank") ? claim.getString("rank") : "normal";
                statements.add(new WdStatement(claim.getString("id"), property, value, rank, qualifiers));
            }
        }
        return new WdEntity(id, texts(objectOrEmpty(o, "labels")), texts(objectOrEmpty(o, "descriptions")), enwiki, statements);
    }

    private static WdValue snakValue(JsonObject snak) {
        if (!"value".equals(snak.getString("snaktype"))) return null;
        JsonObject dv = snak.getObj("datavalue");
        String type = dv.getString("type");
        JsonValue v = dv.get("value");
        return switch (type) {
            case "wikibase-entityid" -> WdValue.item(v.getAsObject().getString("id"));
            case "time" -> {
                JsonObject t = v.getAsObject();
                String time = t.getString("time");
                if (time == null || !time.matches("[+-]\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
                    throw new JsonException("time value '" + time + "' is not Wikibase's +YYYY-MM-DDThh:mm:ssZ");
                }
                yield WdValue.time(time, t.getNumber("precision").intValue());
            }
            case "string" -> WdValue.other(v.getAsString().value());
            default -> WdValue.other(v.toString());
        };
    }

    private static Map<String, String> texts(JsonObject byLanguage) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : byLanguage.keys()) out.put(lang, byLanguage.getObj(lang).getString("value"));
        return out;
    }

    private static JsonObject objectOrEmpty(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isObject() ? v.getAsObject() : new JsonObject();
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : "?";
    }

    static WikidataException malformed(URI from, String what) {
        return new WikidataException("malformed response from " + from + ": " + what);
    }
}
