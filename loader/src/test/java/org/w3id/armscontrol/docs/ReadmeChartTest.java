package org.w3id.armscontrol.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.SharedBuild;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.query.ParameterBinder;
import org.w3id.armscontrol.query.QueryRunner;
import org.w3id.armscontrol.server.KgServer;
import org.w3id.armscontrol.server.ServerSettings;

/**
 * The README's Vega-Lite spec works as printed: its {@code data.url}, sent to a real server,
 * returns flat rows holding every field the spec encodes, and the counts it draws are the
 * headline query's answer for each year.
 */
class ReadmeChartTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theVegaLiteSpecInTheReadmeGetsTheRowsItDraws() throws Exception {
        String readme = Files.readString(TestProject.repository().resolve("README.md"), StandardCharsets.UTF_8);
        JsonObject spec = null;
        Matcher m = JSON_BLOCK.matcher(readme);
        while (m.find()) {
            JsonObject o = JSON.parse(m.group(1));
            if (o.hasKey("$schema") && o.get("$schema").getAsString().value().contains("vega-lite")) spec = o;
        }
        assertTrue(spec != null, "README.md has no Vega-Lite spec in a ```json block");
        String url = spec.getObj("data").getString("url");
        assertTrue(url.startsWith("http://127.0.0.1:3030/api/queries/") && url.contains("format=json"),
                "the spec's data.url is not a named query with format=json: " + url);

        SharedBuild shared = SharedBuild.get();
        FusekiServer server = KgServer.create(shared.database, shared.catalog(),
                new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_TIMEOUT_MILLIS, 4)).start();
        try {
            String local = url.replace("127.0.0.1:3030", "127.0.0.1:" + server.getHttpPort());
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(local))
                    .timeout(Duration.ofSeconds(60)).GET().build(), BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonArray rows = JSON.parseAny(response.body()).getAsArray();
            assertFalse(rows.isEmpty(), "the chart's URL returned no rows");

            Set<String> fields = new HashSet<>();
            collectFields(spec.get("encoding"), fields);
            for (JsonValue row : rows) {
                for (String f : fields) assertTrue(row.getAsObject().hasKey(f), "a row lacks the field '" + f + "': " + row);
            }

            // What the line draws: per date, the number of treaties, which must be the headline answer.
            Map<String, Set<String>> perDate = new TreeMap<>();
            for (JsonValue row : rows) {
                JsonObject r = row.getAsObject();
                String date = r.getString("date");
                LocalDate.parse(date); // a temporal field Vega-Lite can read
                perDate.computeIfAbsent(date, d -> new HashSet<>()).add(r.getString("treaty"));
            }
            ParameterBinder binder = new ParameterBinder(shared.dump, LocalDate::now);
            var headline = shared.catalog().get("us-russia-treaties-in-force").orElseThrow();
            List<String> checked = new ArrayList<>();
            for (String date : List.of("1972-01-01", "1990-01-01", "2012-01-01", "2026-01-01")) {
                Set<String> expected = new HashSet<>();
                QueryRunner.run(shared.dump, headline, binder.bind(headline, Map.of("date", date)), 0)
                        .forEachRemaining(b -> expected.add(b.getResource("treaty").getURI()));
                assertEquals(expected, perDate.getOrDefault(date, Set.of()), "treaties drawn for " + date);
                checked.add(date);
            }
            assertEquals(4, checked.size());
        } finally {
            server.stop();
        }
    }

    /** Every {@code "field"} named in the encoding, at any depth (tooltips are lists). */
    private static void collectFields(JsonValue v, Set<String> out) {
        if (v.isObject()) {
            JsonObject o = v.getAsObject();
            if (o.hasKey("field")) out.add(o.getString("field"));
            o.entrySet().forEach(e -> collectFields(e.getValue(), out));
        } else if (v.isArray()) {
            v.getAsArray().forEach(x -> collectFields(x, out));
        }
    }
}
