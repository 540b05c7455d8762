package org.w3id.armscontrol.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages a named query's label columns can be given in ({@code lang=} / {@code --lang}). */
public enum Language {
    EN, ZH, RU;

    /** The language every resource is labelled in, used where another has no label. */
    public static final Language FALLBACK = EN;

    /** The reserved parameter name. */
    public static final String PARAMETER = "lang";

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }

    /** The language of a tag; null or blank means the fallback. */
    public static Language parse(String tag) throws BadParameterException {
        if (tag == null || tag.isBlank()) return FALLBACK;
        for (Language l : values()) if (l.tag().equals(tag.strip())) return l;
        throw new BadParameterException(PARAMETER, "'" + tag + "' is not one of " + String.join(", ", tags()));
    }
}
