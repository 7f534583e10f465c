package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (gaps30): a charge or indictment brought by a state, its government, police or prosecutors is legal
 * action against the accused (173, GOLD-SET rules on 173 vs 112x); the same verb from anyone else stays an
 * accusation (1121). Constructed sentences.
 */
class FormalChargesTest {
    @Test
    void prosecutorsChargingSomeoneTakeLegalAction() {
        assertThat(events("Brazil's attorney general charged former president Jair Bolsonaro with plotting a coup on Tuesday."))
                .anyMatch(e -> e.startsWith("BRAJUD>") && e.endsWith(":173"))
                .noneMatch(e -> e.endsWith(":1121"));
        assertThat(events("Argentine prosecutors charged Cristina Fernandez with corruption."))
                .anyMatch(e -> e.startsWith("ARGJUD>") && e.endsWith(":173"));
    }

    @Test
    void aStateIndictingAForeignLeaderTakesLegalAction() {
        assertThat(events("The United States charged Venezuelan Interior Minister Diosdado Cabello with drug trafficking."))
                .containsExactly("USA>VENGOV:173");
    }

    @Test
    void onlyAVerbWithALegalCodeIsLegalAction() {
        // verbs.txt: "charge" has "legal: 173", "accuse" has none: prosecutors accusing stays an accusation
        assertThat(events("Argentine prosecutors accused Cristina Fernandez of corruption."))
                .anyMatch(e -> e.endsWith(":1121"))
                .noneMatch(e -> e.endsWith(":173"));
    }

    @Test
    void aPresidentsChargeStaysAnAccusation() {
        assertThat(events("Guyana's president charged Venezuela with plotting to annex the Essequibo region."))
                .anyMatch(e -> e.endsWith(":1121"))
                .noneMatch(e -> e.endsWith(":173"));
    }

    @Test
    void anOppositionLeadersChargeStaysAnAccusation() {
        assertThat(events("Venezuelan opposition leader Juan Guaido charged Nicolas Maduro with corruption."))
                .anyMatch(e -> e.endsWith(":1121"))
                .noneMatch(e -> e.endsWith(":173"));
    }
}
