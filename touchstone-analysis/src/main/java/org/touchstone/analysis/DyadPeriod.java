package org.touchstone.analysis;

import java.time.LocalDate;

/**
 * One period of a dyad's relations. Net cooperation is (cooperative - conflictual) / all events,
 * from -1 (all conflict) to +1 (all cooperation).
 */
public record DyadPeriod(String period, LocalDate periodStart, long events,
                         long verbalCooperation, long materialCooperation,
                         long verbalConflict, long materialConflict,
                         Double goldsteinMean, Double goldsteinSum, double netCooperation) {
}
