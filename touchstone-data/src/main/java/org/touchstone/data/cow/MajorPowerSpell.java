package org.touchstone.data.cow;

import java.time.LocalDate;

/**
 * A span of time in which COW counts a state as a major power (a row of {@code cow_majors.csv},
 * from the State System Membership data). A state can have several spells: France's ends in
 * June 1940 and a new one starts in August 1945.
 */
public record MajorPowerSpell(int ccode, LocalDate start, LocalDate end) {

    public MajorPowerSpell {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("spell of " + ccode + " ends " + end + " before it starts " + start);
        }
    }

    /** True when any day of {@code year} falls in the spell. */
    public boolean coversYear(int year) {
        return start.getYear() <= year && year <= end.getYear();
    }
}
