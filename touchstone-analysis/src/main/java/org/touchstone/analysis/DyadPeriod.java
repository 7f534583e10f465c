package org.touchstone.analysis;

import java.time.LocalDate;

/**
 * One period of a dyad's relations. Net cooperation is (cooperative - conflictual) / all events,
 * from -1 (all conflict) to +1 (all cooperation). With weighting by mentions the quad-class counts
 * are sums of mentions. The rolling means average the last {@code rolling} periods that have events
 * (null without --rolling).
 */
public record DyadPeriod(String period, LocalDate periodStart, long events,
                         long verbalCooperation, long materialCooperation,
                         long verbalConflict, long materialConflict,
                         Double goldsteinMean, Double goldsteinSum, double netCooperation,
                         Double goldsteinMeanRolling, Double netCooperationRolling) {
}
