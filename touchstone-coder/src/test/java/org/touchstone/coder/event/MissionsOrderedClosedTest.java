package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (gaps30): a state ordering another to close missions it counts ("four of its five consulates", "two
 * consulates") reduces relations (161), as "ordered China to close its consulate" does; the one ordered is the target.
 * Constructed sentences.
 */
class MissionsOrderedClosedTest {
    @Test
    void countedConsulatesOrderedClosedReduceRelations() {
        assertThat(events("Poland ordered Russia to close three of its four consulates in the country on Wednesday."))
                .containsExactly("POL>RUSGOV:161");
        assertThat(events("Lithuania ordered Belarus to shut two consulates in Vilnius and Klaipeda."))
                .containsExactly("LTU>BLR:161");
    }

    @Test
    void anOrderToDoSomethingElseStaysADemand() {
        assertThat(events("Poland told Russia to withdraw its ambassador.")).containsExactly("POL>RUS:100");
    }
}
