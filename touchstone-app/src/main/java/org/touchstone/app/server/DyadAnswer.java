package org.touchstone.app.server;

import java.time.LocalDate;
import java.util.List;

import org.touchstone.analysis.DyadPeriod;

/**
 * The JSON document of /api/dyad: field for field what {@code touchstone dyad A B --json} writes
 * (docs/OUTPUT.md).
 */
public record DyadAnswer(String a, String b, boolean directed, String by, String weight, int rolling, LocalDate from,
                         LocalDate to, List<DyadPeriod> periods) {

    /** Several dyads side by side, as {@code dyad --dyads ... --json} writes them. */
    public record Several(List<DyadAnswer> dyads) {
    }
}
