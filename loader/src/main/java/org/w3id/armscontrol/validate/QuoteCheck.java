package org.w3id.armscontrol.validate;

import java.util.List;
import java.util.Map;
import org.w3id.armscontrol.data.Problems;
import org.w3id.armscontrol.data.Quotation;

/** A claim rests on the article's exact words: every quote must be in its saved article verbatim. */
public final class QuoteCheck {
    private QuoteCheck() {}

    /** @param articleTexts the saved articles by file name */
    public static void check(List<Quotation> quotations, Map<String, String> articleTexts, Problems problems) {
        for (Quotation q : quotations) {
            String text = articleTexts.get(q.article());
            // An article that was not saved is already reported where the source names it.
            if (text != null && !text.contains(q.text())) {
                problems.add(q.location(), "quote not found verbatim in data/articles/" + q.article());
            }
        }
    }
}
