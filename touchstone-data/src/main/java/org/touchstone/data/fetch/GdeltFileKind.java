package org.touchstone.data.fetch;

import java.util.Locale;

/** What a GDELT file holds. GDELT 1.0 publishes events only; GDELT 2.0 publishes all three. */
public enum GdeltFileKind {
    EVENTS,
    MENTIONS,
    GKG;

    /** The kind as written on the command line: {@code events}, {@code mentions} or {@code gkg}. */
    public static GdeltFileKind of(String name) {
        for (GdeltFileKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("GDELT file kind must be events, mentions or gkg, not '" + name + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
