package org.w3id.armscontrol.server;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * SPARQL regular expressions run by RE2/J, whose matching time is linear in the input. Java's
 * own engine backtracks: {@code REGEX("aaa…a!", "(.*a){12}$")} runs for tens of seconds, cannot
 * be interrupted by the query timeout, and a few such requests take every server thread.
 * Patterns RE2/J does not support (back-references, look-around) and the {@code x} flag are
 * evaluation errors, as an invalid pattern is.
 */
final class LinearRegex {
    private final Pattern pattern;

    private LinearRegex(Pattern pattern) {
        this.pattern = pattern;
    }

    /** @param flags SPARQL's flags {@code i m s q}, or null */
    static LinearRegex compile(String function, String pattern, String flags) {
        int mask = 0;
        if (flags != null) {
            for (char c : flags.toCharArray()) {
                switch (c) {
                    case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                    case 'm' -> mask |= Pattern.MULTILINE;
                    case 's' -> mask |= Pattern.DOTALL;
                    case 'q' -> pattern = Pattern.quote(pattern);
                    default -> throw new ExprEvalException(function + ": flag '" + c + "' is not supported here (use i, m, s or q)");
                }
            }
        }
        try {
            return new LinearRegex(Pattern.compile(pattern, mask));
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(function + ": pattern not supported by this endpoint's linear-time regex engine: " + e.getMessage());
        }
    }

    boolean find(String s) {
        return pattern.matcher(s).find();
    }

    /**
     * Replaces every match, as SPARQL's REPLACE does (an empty match only where nothing else
     * matched), or returns null when nothing matched.
     */
    String replaceAll(String s, String replacement) {
        Matcher m = pattern.matcher(s);
        StringBuilder sb = null;
        try {
            while (m.find()) {
                if (sb == null) sb = new StringBuilder();
                else if (m.start() == m.end()) continue;
                m.appendReplacement(sb, replacement);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: bad replacement '" + replacement + "': " + e.getMessage());
        }
        if (sb == null) return null;
        m.appendTail(sb);
        return sb.toString();
    }
}
