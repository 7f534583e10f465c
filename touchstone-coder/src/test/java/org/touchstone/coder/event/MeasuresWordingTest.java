package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Institutional acts the coder missed in fresh wire text (session 20, policy20): a joint exercise named between
 * "joint" and "exercise", talks between two sides that failed to yield an agreement, and a party in a coordinated
 * subject behind "the main". Constructed wire-style sentences, not gold or tuning lines; each rule with paraphrases
 * that must code and near misses that must not.
 */
class MeasuresWordingTest {
    // --- 1. "their ninth joint Shaheen exercise": a kind or a name between "joint" and "exercise" (062 both ways)

    @Test
    void aJointExerciseWithItsKindOrNameBetweenIsMilitaryCooperation() {
        assertThat(events("Egypt and India began a joint special-forces exercise in Rajasthan on Monday."))
                .containsExactlyInAnyOrder("EGY>IND:062", "IND>EGY:062");
        assertThat(events("Russia and Belarus launched their joint Zapad drills on Friday."))
                .containsExactlyInAnyOrder("RUS>BLR:062", "BLR>RUS:062");
        assertThat(events("Thai and American troops kicked off their annual joint Cobra Gold exercise on Tuesday."))
                .containsExactlyInAnyOrder("THAMIL>USAMIL:062", "USAMIL>THAMIL:062");
        assertThat(events("Chinese and Russian warships held their 'Joint Sea' drills in the Sea of Japan."))
                .containsExactlyInAnyOrder("CHNMIL>RUSMIL:062", "RUSMIL>CHNMIL:062");
    }

    @Test
    void aNamedJointExerciseWithAPartnerAfterWithIsMilitaryCooperation() {
        assertThat(events("India began a joint air exercise with Japan on Monday."))
                .containsExactlyInAnyOrder("IND>JPN:062", "JPN>IND:062");
        assertThat(events("Egypt held its joint Bright Star manoeuvres with the United States in the desert."))
                .containsExactlyInAnyOrder("EGY>USA:062", "USA>EGY:062");
    }

    @Test
    void jointTalksOrANewsConferenceAboutAnExerciseAreNoDrill() {
        assertThat(events("India and France held joint talks on the exercises.")).doesNotContain("IND>FRA:062", "FRA>IND:062");
        assertThat(events("India and France held a joint news conference in Paris.")).isEmpty();
    }

    // --- 2. "talks between X and Y failed to produce agreement": halted talks (164 both ways), not talks held

    @Test
    void talksBetweenTwoSidesThatFailToYieldAnAgreementAreHalted() {
        assertThat(events("Negotiations between Serbia and Kosovo failed to yield a deal on Monday."))
                .containsExactlyInAnyOrder("SRB>KSV:164", "KSV>SRB:164");
        assertThat(events("Talks between Armenia and Azerbaijan in Washington failed to secure a peace agreement."))
                .containsExactlyInAnyOrder("ARM>AZE:164", "AZE>ARM:164");
        assertThat(events("Talks between Egypt and Ethiopia produced no agreement on the dam."))
                .containsExactlyInAnyOrder("EGY>ETH:164", "ETH>EGY:164");
        assertThat(events("Talks between Serbia and Kosovo yielded no breakthrough on Monday."))
                .containsExactlyInAnyOrder("SRB>KSV:164", "KSV>SRB:164");
        // a place may stand between "talks" and "between"
        assertThat(events("Talks in Geneva between Serbia and Kosovo failed to yield a deal on Monday."))
                .containsExactlyInAnyOrder("SRB>KSV:164", "KSV>SRB:164");
    }

    @Test
    void talksThatProduceAnAgreementOrFailToTakePlaceAreNotHalted() {
        assertThat(events("Talks between Serbia and Kosovo produced an agreement on licence plates."))
                .doesNotContain("SRB>KSV:164", "KSV>SRB:164");
        assertThat(events("Talks between Serbia and Kosovo failed to take place."))
                .doesNotContain("SRB>KSV:164", "KSV>SRB:164");
    }

    // --- 3. "Sudan's army and the main opposition alliance signed": the ranked role word is definite and coordinated

    @Test
    void aRankedRoleWordAfterTheIsTheNamedStatesAndJoinsTheSubject() {
        assertThat(events("Sudan's army and the main opposition alliance signed a power-sharing agreement in Khartoum."))
                .containsExactlyInAnyOrder("SDNMIL>SDNOPP:057", "SDNOPP>SDNMIL:057");
        assertThat(events("Venezuela's government and the main opposition coalition signed an accord in Mexico City."))
                .containsExactlyInAnyOrder("VENGOV>VENOPP:057", "VENOPP>VENGOV:057");
        assertThat(events("Zimbabwe's government and the largest opposition party signed a deal on electoral reform."))
                .containsExactlyInAnyOrder("ZWEGOV>ZWEOPP:057", "ZWEOPP>ZWEGOV:057");
    }

    @Test
    void aRoleWordAfterAnotherAdjectiveStaysUnresolved() {
        // "a new opposition alliance": indefinite, no state's
        assertThat(events("Sudan's army and a new opposition alliance signed a power-sharing agreement in Khartoum."))
                .doesNotContain("SDNMIL>SDNOPP:057");
    }

    // --- 4. "voted down Theresa May's deal", "rejected the withdrawal agreement": an agreement refused (127)

    @Test
    void anAgreementVotedDownOrRejectedIsASettlementRejected() {
        assertThat(events("British lawmakers voted down the government's Brexit deal by a wide margin."))
                .containsExactly("GBRLEG>GBRGOV:127");
        assertThat(events("Hamas rejected Israel's ceasefire deal on Tuesday.")).containsExactly("PSEREB>ISR:127");
        assertThat(events("Armenia's parliament voted down the border treaty with Azerbaijan."))
                .containsExactly("ARMLEG>AZE:127");
        assertThat(events("Colombia's congress rejected the peace accord with the FARC rebels."))
                .containsExactly("COLLEG>COLREB:127");
    }

    @Test
    void claimsOfADealOrABillVotedDownAreNoSettlementRejected() {
        assertThat(events("Hamas rejected claims that a deal with Israel had been reached.")).doesNotContain("PSEREB>ISR:127");
        assertThat(events("Japan's parliament voted down the government's budget bill."))
                .doesNotContain("JPNLEG>JPNGOV:127");
    }
}
