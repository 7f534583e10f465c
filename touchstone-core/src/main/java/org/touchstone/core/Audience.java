package org.touchstone.core;

import java.util.Locale;

/** To whom a statement was made, as far as the text says. */
public enum Audience {
    /** The actor spoken about itself: a call, meeting or letter with it. */
    TARGET,
    /** At home: a domestic speech, the legislature, a rally, state media at home. */
    DOMESTIC,
    /** A multilateral forum: the UN, a summit of several states. */
    MULTILATERAL,
    /** An interview with a foreign outlet. */
    FOREIGN_MEDIA,
    /** A press conference or briefing. */
    PRESS_CONFERENCE,
    /** The text does not say. */
    UNKNOWN;

    /** The name used in files and JSON: "target", "foreign_media", ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Audience ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
