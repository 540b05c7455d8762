package org.w3id.armscontrol.web;

import java.util.List;

/**
 * One page's own content, which {@link PageLayout} wraps in the site's header, navigation,
 * language switch and footer. {@code body} is HTML (escape everything with {@link Html});
 * {@code scripts} and {@code styles} are same-server paths (assets or WebJars), never a CDN.
 */
public record Page(String title, String body, List<String> styles, List<String> scripts) {
    public static Page of(String title, String body) {
        return new Page(title, body, List.of(), List.of());
    }
}
