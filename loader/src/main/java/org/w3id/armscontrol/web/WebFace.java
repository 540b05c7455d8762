package org.w3id.armscontrol.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.query.QueryCatalog;

/**
 * The graph's own web pages, added to a Fuseki server builder: home, query editor, charts,
 * entity and ontology pages, downloads, and the static files they use. Pages read the same
 * read-only dataset and query catalog as the SPARQL endpoint and the named-query API.
 */
public final class WebFace {
    private WebFace() {}

    /** What the pages need: the served dataset, the named queries and the build they come from. */
    public record Site(DatasetGraph dataset, QueryCatalog catalog, String buildTag) {}

    public static FusekiServer.Builder install(FusekiServer.Builder builder, Site site) {
        FusekiUi.install(builder);
        return builder
                .addServlet(WebPaths.ASSETS + "/*", new StaticResources("web/assets"))
                .addServlet(WebPaths.WEBJARS + "/*", new StaticResources("META-INF/resources/webjars"))
                .addServlet(WebPaths.TIMELINE, new TimelinePage())
                .addServlet(WebPaths.LIMITS, new LimitsPage())
                .addServlet(WebPaths.ID + "/*", new EntityPage(site))
                .addServlet(WebPaths.ONTOLOGY, new OntologyPage(site))
                .addServlet(WebPaths.DOWNLOADS + "/*", new DownloadsPage(site))
                .addServlet(WebPaths.QUERY, new QueryPage(site))
                .addServlet("", new HomePage(site));
    }
}
