package org.w3id.armscontrol.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.data.Location;
import org.w3id.armscontrol.data.Problem;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.Quotation;

/** A quote must be in its saved article word for word; the problem points at the quote. */
class QuoteCheckTest {
    private static final Map<String, String> ARTICLES = Map.of("a.txt", "条约于2月5日生效。其他内容。");

    private static List<Problem> check(Quotation... quotations) {
        Problems problems = new Problems();
        QuoteCheck.check(List.of(quotations), ARTICLES, problems);
        return problems.sorted();
    }

    @Test
    void aVerbatimQuotePasses() {
        assertEquals(List.of(), check(new Quotation("条约于2月5日生效。", "a.txt", new Location("data/x.yaml", 3, 16))));
    }

    @Test
    void aChangedQuoteIsReportedWhereItIsWritten() {
        Location where = new Location("data/x.yaml", 9, 56);
        assertEquals(List.of(new Problem(where, "quote not found verbatim in data/articles/a.txt")),
                check(new Quotation("条约于2月5日生效。", "a.txt", new Location("data/x.yaml", 3, 16)),
                        new Quotation("条约于2月6日生效。", "a.txt", where)));
    }

    @Test
    void aQuoteFromAnArticleThatWasNotSavedIsLeftToTheSourceCheck() {
        // The source's 'file' field already reports the missing article; no second problem here.
        assertEquals(List.of(), check(new Quotation("anything", "missing.txt", new Location("data/x.yaml", 4, 12))));
    }
}
