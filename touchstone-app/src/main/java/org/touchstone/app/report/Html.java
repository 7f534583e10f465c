package org.touchstone.app.report;

import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping of text from the data for HTML and SVG: nothing from a store can become markup. */
final class Html {
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s\"'<>`]+");

    private Html() {
    }

    /** Text safe in element content and in double- or single-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and line breaks are not allowed in XML
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** True for an http(s) address that may become a link; anything else (javascript:, data:) stays text. */
    static boolean isWebUrl(String url) {
        return url != null && WEB_URL.matcher(url.trim()).matches();
    }

    /** A link opening {@code url} when it is a web address, otherwise the escaped text alone. */
    static String link(String url, String text) {
        if (!isWebUrl(url)) {
            return escape(text);
        }
        return "<a href=\"" + escape(url.trim()) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>";
    }

    /** An id fragment made of lower-case letters, digits and hyphens, from any text. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
