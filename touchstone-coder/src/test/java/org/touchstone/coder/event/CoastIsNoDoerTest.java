package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (wrong13): a country after "off" is a coast, where something happened; the relative clause after it
 * ("a tanker off Oman that killed two crew members") is not the coast's act (R2: a location is never a source).
 * Constructed sentences.
 */
class CoastIsNoDoerTest {
    @Test
    void theRelativeAfterACoastIsNotTheCoastsAct() {
        assertThat(events("Britain blamed Iran for an attack on a tanker off Oman that killed two British sailors."))
                .noneMatch(e -> e.startsWith("OMN>"));
        assertThat(events("Washington blamed Tehran for a strike on a freighter off Yemen that killed a Filipino sailor."))
                .noneMatch(e -> e.startsWith("YEM>"));
    }

    @Test
    void aRelativeAfterANamedActorStillHasItAsSubject() {
        assertThat(events("Japan scrambled jets to warn away Chinese military aircraft that had entered its air defence zone."))
                .anyMatch(e -> e.startsWith("CHNMIL>JPN"));
    }
}
