package org.w3id.armscontrol.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of the pages, chosen by the {@code lang} parameter of the URL (never a cookie,
 * so a page's URL says what it shows, a crawler sees both languages and an HTTP cache keys on
 * the URL alone). Anything but {@code zh} is English. The same code is passed to the
 * named-query API's {@code lang} parameter, which relabels result columns.
 */
public enum UiLanguage {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    public final String code;
    private final ResourceBundle messages;

    UiLanguage(String code, Locale locale) {
        this.code = code;
        this.messages = ResourceBundle.getBundle("web.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static UiLanguage of(HttpServletRequest request) {
        return "zh".equals(request.getParameter("lang")) ? ZH : EN;
    }

    /** The other language: the target of the switch on every page. */
    public UiLanguage other() {
        return this == EN ? ZH : EN;
    }

    /** A user-interface string from {@code web/messages_<code>.properties}. */
    public String text(String key) {
        return messages.getString(key);
    }

    /** The {@code <html lang>} value: Chinese pages are Simplified Chinese. */
    public String htmlLang() {
        return this == ZH ? "zh-Hans" : "en";
    }
}
