package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Which verb of a chain codes (session 21, root21): the right pair coded under the wrong root. Constructed wire-style
 * sentences, not gold or tuning lines, each rule with paraphrases that must code and near misses that must not.
 */
class VerbChainRootsTest {
    // --- 1. arms approved are promised, not delivered (GOLD-SET.md R18: delivered aid only, promises 033x)

    @Test
    void armsApprovedForAStateAreItsIntentToGiveMilitaryAid() {
        assertThat(events("The Dutch government authorised the export of F-16 jets to Ukraine.")).containsExactly("NLDGOV>UKR:0332");
        assertThat(events("Poland approved the delivery of fighter jets to Ukraine.")).containsExactly("POL>UKR:0332");
        assertThat(events("The State Department approved a possible sale of missiles to Taiwan.")).containsExactly("USAGOV>TWN:0332");
        assertThat(events("Washington approved a new arms package for Taiwan on Friday.")).containsExactly("USAGOV>TWN:0332");
        // the passive: the approver after "by" is the source
        assertThat(events("The sale of tanks to Saudi Arabia was approved by the German government."))
                .containsExactly("DEUGOV>SAU:0332");
    }

    @Test
    void aGerundOfGivingAfterApproveIsGovernedAsIntent() {
        // "approved sending / supplying X to Y": the gerund is the act approved, the approval its intent (as "agreed to send")
        assertThat(events("The Danish parliament approved sending F-16 jets to Ukraine.")).containsExactly("DNKLEG>UKR:0332");
        assertThat(events("Norway's government authorised supplying air defence systems to Kyiv."))
                .containsExactly("NORGOV>UKR:0332");
        assertThat(events("Germany agreed to send tanks to Ukraine.")).containsExactly("DEU>UKR:0332");
    }

    @Test
    void armsSentAreDeliveredAndApprovalsNotGivenCodeNoAid() {
        // near misses: a delivery done stays 072; an approval refused is a refusal; sanctions approved are imposed
        assertThat(events("Germany sent tanks to Ukraine.")).containsExactly("DEU>UKR:072");
        assertThat(events("Germany refused to approve the export of Leopard tanks to Ukraine.")).containsExactly("DEU>UKR:1222");
        assertThat(events("Parliament did not approve the sale of tanks to Saudi Arabia.")).isEmpty();
        assertThat(events("The IMF approved a $2.9 billion bailout for Sri Lanka on Monday.")).containsExactly("IGOBUSIMF>LKA:071");
    }

    // --- 2. a mass killing in the passive: the counted victims stand before the verb (the mirror of "killed 120 villagers")

    @Test
    void countedVictimsBeforeAPassiveKillingAreAMassKilling() {
        assertThat(events("More than 120 Sudanese villagers were killed by Rapid Support Forces fighters."))
                .containsExactly("SDNREB>SDNCVL:202");
        assertThat(events("At least 40 Iraqi civilians were killed by Islamic State fighters on Sunday."))
                .containsExactly("IMGMOSISI>IRQCVL:202");
        // the active form codes the same
        assertThat(events("Islamic State fighters killed at least 40 civilians in northern Iraq on Sunday."))
                .containsExactly("IMGMOSISI>IRQCVL:202");
    }

    @Test
    void fewVictimsOrACrowdBeforeAPassiveKillingAreNoMassKilling() {
        assertThat(events("Three Sudanese villagers were killed by Rapid Support Forces fighters.")).containsExactly("SDNREB>SDNCVL:180");
        // a weapon as the by-agent: the strike, by its weapon (R17), not a massacre
        assertThat(events("Dozens of civilians have been killed by Israeli air strikes in southern Lebanon, the Lebanese health ministry said."))
                .doesNotContain("ISRMIL>LBNCVL:202");
        // protesters shot by police: repression (175), not a massacre
        assertThat(events("More than 100 protesters were killed by Myanmar security forces on Saturday."))
                .containsExactly("MMRCOP>MMRCVL:175");
    }
}
