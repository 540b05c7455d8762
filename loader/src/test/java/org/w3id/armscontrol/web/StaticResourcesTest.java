package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front-end libraries and the site's assets come from the jar, with their types and the
 * server's caching headers; nothing outside their folders can be reached.
 */
class StaticResourcesTest {
    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void webJarsAndAssetsAreServedFromTheJarWithTypesAndValidators() throws Exception {
        for (String[] c : new String[][] {
                {"/webjars/echarts/5.3.1/dist/echarts.min.js", "text/javascript", "echarts"},
                {"/webjars/codemirror/5.65.16/mode/sparql/sparql.js", "text/javascript", "sparql"},
                {"/webjars/codemirror/5.65.16/lib/codemirror.css", "text/css", ".CodeMirror"},
                {"/assets/site.css", "text/css", "Noto Sans CJK SC"},
                {"/assets/site.js", "text/javascript", "window.KG"}}) {
            HttpResponse<String> r = server.get(c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[1]), c[0] + ": " + r.headers().map());
            assertTrue(r.body().contains(c[2]), c[0] + " does not hold " + c[2]);
            assertTrue(r.headers().firstValue("ETag").isPresent(), c[0] + " has no ETag");
        }
    }

    @Test
    void nothingOutsideTheFoldersAndNoUnknownTypes() throws Exception {
        for (String path : new String[] {
                "/assets/../web/messages_en.properties", "/assets/%2e%2e/web/messages_en.properties",
                "/webjars/../../log4j2.properties", "/assets/missing.css", "/assets/", "/webjars/echarts/5.3.1/package.json.exe",
                "/assets//site.css", "/webjars/echarts/5.3.1/dist/%5c..%5cecharts.min.js"}) {
            int status = server.get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    @Test
    void everyUiStringExistsInBothLanguages() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("web.messages", java.util.Locale.ENGLISH,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("web.messages", java.util.Locale.SIMPLIFIED_CHINESE,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(new java.util.TreeSet<>(en.keySet()), new java.util.TreeSet<>(zh.keySet()), "keys of messages_en and messages_zh");
        for (String key : zh.keySet()) {
            assertTrue(!zh.getString(key).isBlank(), key + " is blank in Chinese");
        }
    }
}
