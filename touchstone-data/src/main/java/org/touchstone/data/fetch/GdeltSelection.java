package org.touchstone.data.fetch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which files to fetch: one version, one kind, and the days [from, to], both inclusive.
 * A file is selected when any day it covers lies in the range, so a GDELT 1.0 monthly backfile
 * is fetched for a range that touches its month.
 */
public record GdeltSelection(GdeltVersion version, GdeltFileKind kind, LocalDate from, LocalDate to) {

    public GdeltSelection {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
        if (version == GdeltVersion.V1 && kind != GdeltFileKind.EVENTS) {
            throw new IllegalArgumentException("GDELT 1.0 publishes events files only, not " + kind);
        }
    }

    public boolean matches(GdeltFile file) {
        return file.version() == version && file.kind() == kind && file.overlaps(from, to);
    }
}
