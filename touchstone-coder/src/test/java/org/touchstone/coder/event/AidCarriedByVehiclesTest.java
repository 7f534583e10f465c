package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (gaps30): aid sent in vehicles ("naval ships carrying food", "trucks laden with medical supplies") is the
 * aid delivered (R18, 07x): the vehicles before their cargo count toward no gap of the verb's pattern; and a purpose
 * after the receiver ("to help victims of the typhoon") names the receiver's people, not a second receiver.
 * Constructed sentences.
 */
class AidCarriedByVehiclesTest {
    @Test
    void cargoAfterItsVehiclesIsTheAidSent() {
        assertThat(events("Japan sent naval ships carrying food, water and blankets to Tonga.")).containsExactly("JPN>TON:073");
        assertThat(events("Egypt dispatched trucks laden with flour and medical supplies to Sudan.")).containsExactly("EGY>SDN:073");
    }

    @Test
    void thePurposeAfterTheReceiverKeepsTheReceiver() {
        assertThat(events("Turkey sent food and tents to Morocco to help victims of the earthquake."))
                .containsExactly("TUR>MAR:073");
    }

    @Test
    void troopsSentStayADeployment() {
        assertThat(events("France sent troops to Mali to help the army fight jihadists.")).noneMatch(e -> e.endsWith(":073"));
    }
}
