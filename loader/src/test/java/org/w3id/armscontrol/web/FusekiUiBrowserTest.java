package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The stock Fuseki UI under /fuseki/, in a real headless Chromium: it loads, lists the dataset
 * and runs queries through its own paths, shows none of its write or admin controls, and the
 * admin functions it would call are refused. The home page stays at /.
 */
class FusekiUiBrowserTest {
    /** The labels of the UI's write and admin controls (its menus and buttons). */
    private static final List<String> WRITE_CONTROLS = List.of("manage", "add data", "edit", "new dataset", "add one", "upload", "backup", "remove");

    private static WebTestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
        browser = Browser.open(server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    /** The visible links and buttons of the page whose text is one of the write controls. */
    @SuppressWarnings("unchecked")
    private static List<String> visibleWriteControls() {
        return (List<String>) browser.js("var words = arguments[0];"
                + "return Array.from(document.querySelectorAll('a, button')).filter(function (e) {"
                + "  return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'"
                + "    && words.indexOf(e.textContent.trim().toLowerCase()) >= 0; }).map(function (e) { return e.textContent.trim(); });",
                WRITE_CONTROLS);
    }

    @Test
    void datasetListWithoutWriteControls() throws Exception {
        browser.visit(WebPaths.FUSEKI_UI + "/");
        browser.waitUntil("the dataset list", () -> (Boolean) browser.js(
                "return Array.from(document.querySelectorAll('td')).some(function (td) { return td.textContent.trim() === '/arms-control'; })"));
        // The controls exist in the UI (its "query" and "info" buttons are shown) ...
        assertTrue((Boolean) browser.js("return Array.from(document.querySelectorAll('button')).some(function (b) {"
                + " return b.getClientRects().length > 0 && b.textContent.trim() === 'query'; })"), "the query button is missing");
        // ... but none that writes or administers.
        assertEquals(List.of(), visibleWriteControls());
        browser.screenshot("fuseki-ui-datasets");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void queryViewRunsAQueryWithoutWriteTabs() throws Exception {
        browser.visit(WebPaths.FUSEKI_UI + "/#/dataset/arms-control/query");
        browser.waitUntil("the query view", () -> !browser.driver.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
        assertEquals(List.of(), visibleWriteControls());
        browser.js("document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')");
        browser.driver.findElement(By.cssSelector(".yasqe .yasqe_queryButton")).click();
        browser.waitUntil("the answer", () -> !browser.driver.findElements(By.cssSelector(".yasr table td")).isEmpty());
        browser.screenshot("fuseki-ui-query");
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void adminRouteGoesBackToTheDatasetList() throws Exception {
        browser.visit(WebPaths.FUSEKI_UI + "/#/manage");
        browser.waitUntil("the dataset list", () -> browser.driver.getCurrentUrl().endsWith("#/"));
        assertEquals(List.of(), visibleWriteControls());
        browser.assertCleanSinceLastCheck();
    }

    @Test
    void adminFunctionsAreRefusedAndReadsAnswered() throws Exception {
        for (String path : List.of("/$/datasets", "/$/backup/arms-control", "/$/tasks", "/$/compact/arms-control", "/$/metrics")) {
            assertEquals(404, server.get(WebPaths.FUSEKI_UI + path).statusCode(), path);
        }
        assertEquals(200, server.get(WebPaths.FUSEKI_UI + "/$/ping").statusCode());
        HttpResponse<String> status = server.get(WebPaths.FUSEKI_UI + "/$/server");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/arms-control\""), status.body());
        HttpResponse<String> ask = server.get(WebPaths.FUSEKI_UI + "/arms-control/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",
                "Accept", "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"), ask.body());
        // The stock UI no longer takes the root: the home page is there.
        assertTrue(server.get("/").body().contains(UiLanguage.EN.text("home.about").substring(0, 40)));
        assertEquals(301 / 100, server.get(WebPaths.FUSEKI_UI).statusCode() / 100);
    }
}
