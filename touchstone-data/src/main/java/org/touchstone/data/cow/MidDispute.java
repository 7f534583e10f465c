package org.touchstone.data.cow;

/**
 * A militarized interstate dispute (COW MID data) as far as conflict counts need it: its number,
 * the year (and month, when known) it started, and the highest level of hostility it reached
 * (1 no militarized action, 2 threat, 3 display, 4 use of force, 5 war).
 *
 * <p>Read from a dispute-level file each dispute appears once; read from a dyadic or dyad-year
 * file it appears once per row, so counts must count distinct {@code number}s.
 */
public record MidDispute(int number, int startYear, Integer startMonth, int hostility) {
    /** The MID hostility level of a war. */
    public static final int WAR = 5;

    /** True when the dispute reached war (hostility level 5). */
    public boolean isWar() {
        return hostility == WAR;
    }
}
