package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The frame of every page, in a real headless Chromium: the navigation reaches each part of the
 * site, the language switch turns the page into Chinese and back, Chinese text has an
 * installed font that covers it, and no page logs an error or asks another host for anything.
 */
class SiteFrameBrowserTest {
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

    @Test
    void homeLinksToEveryPartAndSwitchesLanguage() throws IOException {
        browser.visit("/");
        List<String> nav = browser.driver.findElements(By.cssSelector("header.site nav a")).stream()
                .map(a -> a.getAttribute("pathname")).toList();
        assertEquals(List.of(WebPaths.HOME, WebPaths.QUERY, WebPaths.TIMELINE, WebPaths.LIMITS, WebPaths.ONTOLOGY, WebPaths.DOWNLOADS), nav);
        assertEquals("en", browser.js("return document.documentElement.lang"));
        browser.screenshot("home-en");
        browser.assertCleanSinceLastCheck();

        browser.driver.findElement(By.id("lang-switch")).click();
        browser.waitUntil("the Chinese page", () -> "zh-Hans".equals(browser.js("return document.documentElement.lang")));
        assertEquals("首页", browser.driver.findElement(By.cssSelector("header.site nav a[aria-current=page]")).getText());
        for (WebElement a : browser.driver.findElements(By.cssSelector("header.site nav a"))) {
            assertTrue(a.getAttribute("href").endsWith("lang=zh"), "a link of the Chinese page loses the language: " + a.getAttribute("href"));
        }
        browser.screenshot("home-zh");
        browser.assertCleanSinceLastCheck();

        browser.driver.findElement(By.id("lang-switch")).click();
        browser.waitUntil("the English page", () -> "en".equals(browser.js("return document.documentElement.lang")));
        assertFalse(browser.driver.getCurrentUrl().contains("lang="), browser.driver.getCurrentUrl());
    }

    /** The Chinese pages name at least one font that is installed here and covers Chinese. */
    @Test
    void chineseTextHasAnInstalledFont() throws Exception {
        Set<String> installed = chineseFonts();
        Assumptions.assumeFalse(installed.isEmpty(), "no font for Chinese is installed (apt-get install fonts-noto-cjk)");
        browser.visit("/?lang=zh");
        String family = (String) browser.js("return getComputedStyle(document.querySelector('main')).fontFamily");
        Set<String> named = Arrays.stream(family.split(",")).map(f -> f.strip().replace("\"", "")).collect(Collectors.toSet());
        named.retainAll(installed);
        assertFalse(named.isEmpty(), "none of the page's fonts (" + family + ") is an installed Chinese font " + installed);
        browser.assertCleanSinceLastCheck();
    }

    /** Font families that cover Chinese, as fontconfig lists them ({@code fc-list :lang=zh family}). */
    private static Set<String> chineseFonts() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
        } catch (IOException e) {
            return Set.of();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().flatMap(l -> Arrays.stream(l.split(","))).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
