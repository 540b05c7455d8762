package org.w3id.armscontrol.bench;

import java.util.Locale;

/** How the tables write numbers: fixed decimals in any locale. */
final class Numbers {
    private Numbers() {}

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A ratio, or "n/a" where its divisor was nothing (no answered request to compare with). */
    static String ratio(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "n/a";
        return String.format(Locale.ROOT, "%.2f×", v);
    }
}
