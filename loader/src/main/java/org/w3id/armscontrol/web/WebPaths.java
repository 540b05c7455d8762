package org.w3id.armscontrol.web;

import java.util.List;

/** Where each part of the web face lives; the navigation and the HTTP caching read them here. */
public final class WebPaths {
    private WebPaths() {}

    public static final String HOME = "/";
    public static final String QUERY = "/query";
    public static final String TIMELINE = "/viz/timeline";
    public static final String LIMITS = "/viz/limits";
    public static final String ONTOLOGY = "/ontology";
    public static final String DOWNLOADS = "/downloads";
    /** Entity pages: {@code /id/<kind>/<slug>} for {@code https://w3id.org/arms-control/id/<kind>/<slug>}. */
    public static final String ID = "/id";
    /** The SPARQL endpoint of the read-only dataset (the query editor's target). */
    public static final String SPARQL = "/arms-control/sparql";
    /** The site's own CSS and scripts, from {@code web/assets/} in the jar. */
    public static final String ASSETS = "/assets";
    /** Front-end libraries from the WebJars on the classpath ({@code META-INF/resources/webjars/}). */
    public static final String WEBJARS = "/webjars";
    /** The stock Fuseki UI, read-only (its write and admin controls hidden): {@link FusekiUi}. */
    public static final String FUSEKI_UI = "/fuseki";

    /** Every path prefix of the web face whose GET answers depend only on the build and the URL. */
    public static final List<String> READ_PREFIXES = List.of(QUERY, "/viz", ONTOLOGY, DOWNLOADS, ID, ASSETS, WEBJARS);
}
