package org.touchstone.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A political event: who did what to whom, when, coded in CAMEO.
 *
 * @param dataset    where it comes from: "gdelt1", "gdelt2", "icews", "touchstone", ...
 * @param eventId    the dataset's own id for it (text: ids differ in form across datasets)
 * @param code       the CAMEO event code as text, leading zeros kept ("010")
 * @param goldstein  the Goldstein value, -10 (most conflictual) to +10; null when unknown
 * @param mentions   how often it was mentioned (GDELT), null where the dataset has no such count
 * @param sources    how many sources reported it (GDELT), null where absent
 * @param articles   how many articles reported it (GDELT), null where absent
 * @param tone       average tone of the reports (GDELT), null where absent
 * @param url        the source URL, or the publisher where the dataset names one
 */
public record Event(String dataset, String eventId, LocalDate date,
                    Actor source, Actor target,
                    String code, QuadClass quadClass, Double goldstein,
                    Integer mentions, Integer sources, Integer articles, Double tone,
                    Geo geo, String url, Provenance provenance) {

    public Event {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(quadClass, "quadClass");
        source = source == null ? Actor.UNKNOWN : source;
        target = target == null ? Actor.UNKNOWN : target;
        geo = geo == null ? Geo.UNKNOWN : geo;
    }

    /** The two-digit CAMEO root, "03" for "0311". */
    public String rootCode() {
        return CameoCodes.rootOf(code);
    }

    /** Verbal (talk) rather than material (deeds): quad classes 1 and 3. */
    public boolean isVerbal() {
        return quadClass.isVerbal();
    }
}
