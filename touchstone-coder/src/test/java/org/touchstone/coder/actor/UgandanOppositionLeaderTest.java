package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/** Bobi Wine (Robert Kyagulanyi), Uganda's opposition leader, by any of his names (session 29, tidy29). */
class UgandanOppositionLeaderTest {

    @Test
    void kyagulanyiIsUgandasOpposition() {
        assertThat(CoderTestSupport.events("Robert Kyagulanyi accused the Ugandan government of abductions.",
                LocalDate.of(2021, 2, 1))).anyMatch(e -> e.startsWith("UGAOPP>UGAGOV:"));
    }

    @Test
    void bobiWineIsUgandasOpposition() {
        assertThat(CoderTestSupport.events("Bobi Wine criticised the Ugandan government.", LocalDate.of(2021, 2, 1)))
                .anyMatch(e -> e.startsWith("UGAOPP>UGAGOV:"));
    }
}
