package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (wrong13): "Major" is a military rank only as written, capitalised; the adjective "major" ("blocked
 * major intersections", "major roads") named a country's military as the target of protests. Constructed sentences.
 */
class LowerCaseMajorIsNoRankTest {
    @Test
    void theAdjectiveNamesNoMilitary() {
        assertThat(events("Farmers blocked major roads in Belgrade on Friday.")).noneMatch(e -> e.contains("MIL"));
        assertThat(events("Students blocked major intersections in Belgrade to press the government to resign."))
                .noneMatch(e -> e.contains("MIL"));
    }

    @Test
    void theCapitalisedRankStillNamesTheMilitary() {
        assertThat(events("Major Ivan Petrov of the Russian army said troops shelled Kharkiv.")).containsExactly("RUSMIL>UKR:194");
    }
}
