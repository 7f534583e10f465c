package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * Session 36 (miss36a): a demonym before a place noun counted after "in" ("in several Iranian cities", "in dozens of
 * Chinese towns") is a place, as "in Iranian cities" is, so a crowd named by role acts there. Constructed sentences.
 */
class CountedPlacesTest {
    @Test
    void crowdInCountedCitiesActsThere() {
        assertThat(events("Rioters looted shops and burned cars in several Kenyan towns on Monday."))
                .allMatch(e -> e.startsWith("KENCVL>KENGOV:14")).isNotEmpty();
        assertThat(events("Demonstrators set fire to government buildings in dozens of Iraqi cities."))
                .containsExactly("IRQCVL>IRQGOV:145");
    }

    /** Not a counted noun that is no place: "around 100 Hamas targets" stays the group's. */
    @Test
    void countedTargetsAreNoPlace() {
        assertThat(events("Israeli jets struck around 100 Hamas targets in Gaza.")).allMatch(e -> e.contains(">PSEREB:"))
                .isNotEmpty();
    }
}
