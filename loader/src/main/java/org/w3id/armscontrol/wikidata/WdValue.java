package org.w3id.armscontrol.wikidata;

/**
 * One value of a Wikidata statement or qualifier, reduced to what this project compares:
 * an item (Q-id), a point in time with its precision, or any other value as text.
 *
 * @param kind      which of the three it is
 * @param text      the Q-id, the time as Wikidata writes it ({@code +2010-04-08T00:00:00Z}), or the text
 * @param precision for times: 9 year, 10 month, 11 day (Wikidata's scale); 0 otherwise
 */
public record WdValue(Kind kind, String text, int precision) {
    public enum Kind { ITEM, TIME, OTHER }

    public static final int YEAR = 9;
    public static final int MONTH = 10;
    public static final int DAY = 11;

    public static WdValue item(String qid) { return new WdValue(Kind.ITEM, qid, 0); }

    public static WdValue time(String time, int precision) { return new WdValue(Kind.TIME, time, precision); }

    public static WdValue other(String text) { return new WdValue(Kind.OTHER, text, 0); }

    /**
     * A time as an {@code xsd:dateTime} lexical form, as Wikidata's RDF writes it: no leading '+',
     * and the "00" month or day of a year or month precision value written as "01".
     */
    public String dateTime() {
        String t = text.startsWith("+") ? text.substring(1) : text;
        int dash = t.indexOf('-', 1);
        String year = t.substring(0, dash);
        String month = t.substring(dash + 1, dash + 3);
        String day = t.substring(dash + 4, dash + 6);
        return year + "-" + (month.equals("00") ? "01" : month) + "-" + (day.equals("00") ? "01" : day) + t.substring(dash + 6);
    }

    /** A time cut to its precision: "1993", "1993-01" or "1993-01-03". */
    public String partialDate() {
        String t = dateTime();
        return switch (precision) {
            case YEAR -> t.substring(0, 4);
            case MONTH -> t.substring(0, 7);
            default -> t.substring(0, 10);
        };
    }
}
