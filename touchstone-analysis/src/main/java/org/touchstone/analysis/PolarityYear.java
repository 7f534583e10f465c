package org.touchstone.analysis;

import java.util.List;

/**
 * Polarity and conflict in one year. Null means not defined or not covered: {@code con} needs two
 * majors; conflict counts are null outside the years their file covers.
 *
 * @param majors        major powers with a CINC this year
 * @param majorsCinc    the majors' combined CINC (their share of all capability in the system)
 * @param con           Ray-Singer concentration among the majors, 0 (equal) to 1 (all in one)
 * @param poles         effective number of poles, 1 / sum of squared shares (1 to {@code majors})
 * @param states        states with a CINC this year (the size of the system)
 * @param midOnsets     militarized interstate disputes that started this year
 * @param wars          of those, the disputes that reached war (hostility level 5)
 * @param ucdpConflicts UCDP armed conflicts active this year
 * @param ucdpOnsets    of those, the ones not active the year before
 * @param shares        each major's CINC and share, in ccode order
 */
public record PolarityYear(int year, int majors, Double majorsCinc, Double con, Double poles, int states,
                           Integer midOnsets, Integer wars, Integer ucdpConflicts, Integer ucdpOnsets,
                           List<PolarityShare> shares) {
}
