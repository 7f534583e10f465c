package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (wrong13): two readings that coded acts nobody did. A killing told in a participle after the same
 * attacker's strike is that strike's toll, whoever the dead were (R5); what the helped are to do after "to help" is a
 * purpose, also when the helped are named by no state (R9). Constructed wire-style sentences, not gold or tuning lines.
 */
class TollOfOneAttackTest {
    @Test
    void theDeadOfAnotherCountryAreTheTollOfTheSameAttack() {
        assertThat(events("A Taliban car bomb tore through a market in Kabul on Monday, killing a German aid worker and two Afghan guards."))
                .noneMatch(e -> e.contains(">DEU"));
        assertThat(events("Islamic State fighters stormed a hotel in Mogadishu, killing a British tourist and three Somali guards."))
                .noneMatch(e -> e.contains(">GBR"));
    }

    @Test
    void aKillingWithNoAttackBeforeItStillCodes() {
        assertThat(events("Taliban fighters killed a German aid worker in Kabul on Monday.")).anyMatch(e -> e.endsWith(">DEUCVL:180"));
    }

    @Test
    void whatTheHelpedAreToDoIsAPurpose() {
        assertThat(events("Washington sent 500 troops to Somalia to help local forces fight al-Shabaab."))
                .noneMatch(e -> e.contains(":19"));
        assertThat(events("The Pentagon approved deploying 300 US troops to Somalia to help local forces fight al-Shabaab, officials said."))
                .noneMatch(e -> e.contains(":19"));
        assertThat(events("The president agreed to send US soldiers back to Somalia to help government troops battle al-Shabaab."))
                .noneMatch(e -> e.contains(":19"));
        assertThat(events("Britain deployed advisers to Mozambique to help the army fight the insurgents."))
                .noneMatch(e -> e.contains(":19"));
    }

    @Test
    void helpedActsDoneStillCode() {
        // done, not purposed: "helped X fight" in the past tells the fighting
        assertThat(events("US troops fought al-Shabaab militants near Mogadishu on Monday.")).anyMatch(e -> e.contains(":19"));
    }
}
