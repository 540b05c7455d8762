package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.TestProject;

/**
 * A named query is parsed once and each run gets a copy: for every query of the project the copy
 * is the query its text parses to (LATERAL, sub-selects, VALUES and all), and what one caller does
 * to its copy does not reach the next caller's.
 */
class NamedQueryCopyTest {
    @Test
    void everyQueryHandsOutAFaithfulCopyOfItsParsedText() throws Exception {
        QueryCatalog catalog = new QueryCatalog(TestProject.repository().resolve("queries"));
        int n = 0;
        for (NamedQuery q : catalog.all()) {
            Query fresh = QueryFactory.create(q.text());
            Query copy = q.query();
            assertEquals(fresh, copy, q.name() + ": the copy differs from the parsed text");
            assertEquals(fresh.serialize(), copy.serialize(), q.name());
            assertNotSame(copy, q.query(), q.name() + ": two callers share one Query");
            n++;
        }
        assertEquals(true, n > 10, "the project's queries were not found: " + n);
    }

    @Test
    void aCallersChangesStayInItsCopy() throws Exception {
        NamedQuery q = new QueryCatalog(TestProject.repository().resolve("queries")).get("us-russia-treaties-in-force").orElseThrow();
        Query mine = q.query();
        mine.setLimit(1);
        mine.setDistinct(false);
        Query next = q.query();
        assertEquals(Query.NOLIMIT, next.getLimit());
        assertEquals(true, next.isDistinct());
    }
}
