package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * What reported words announce: "X said Y would (not) ...", refusals and threats, and whom they are aimed at
 * (R8, R9). Constructed sentences in wire style, never gold or tuning sentences, each with the same words in a
 * use that must code otherwise.
 */
class ReportedIntentTest {
    @Test
    void anActTheVerbCodesAsIntendedIsRefusedAsItsKind() {
        // "agree to a ceasefire" is coded 0356 by the verb itself: refusing it is refusing to de-escalate (1246), not 120
        assertThat(events("Armenia said it would not agree to a ceasefire with Azerbaijan.")).containsExactly("ARM>AZE:1246");
        assertThat(events("Armenia refused to agree to a ceasefire with Azerbaijan.")).containsExactly("ARM>AZE:1246");
        assertThat(events("Ukraine said it would not agree to talks with Russia.")).containsExactly("UKR>RUS:125");
    }

    @Test
    void talksNamedInTheGovernorsOwnPatternAreItsObjectNotAComplement() {
        // the nominal "talks with Russia" inside "agree to talks" no longer takes the agreement's place and loses it
        assertThat(events("Ukraine said it would agree to talks with Russia.")).containsExactly("UKR>RUS:036");
        assertThat(events("Seoul said it would not agree to talks with Pyongyang.")).containsExactly("KORGOV>PRKGOV:125");
    }

    @Test
    void aRefusalUntilSomeoneActsIsAimedAtThem() {
        assertThat(events("Kyiv will not agree to a ceasefire until Russia withdraws its troops, Zelensky said."))
                .containsExactly("UKRGOV>RUS:1246");
        // the source's own people in the condition are not whom the refusal is aimed at
        assertThat(events("Ukraine will not agree to a ceasefire until the soldiers held by Russia are freed."))
                .containsExactly("UKR>RUS:1246");
        // "would fight until ..." gives a duration, not a condition: no threat toward the one named after "until"
        assertThat(events("Sudan's army chief said the military would fight until the RSF was defeated.")).isEmpty();
    }

    @Test
    void aRefusalToldToSomeoneWithNoOtherTargetIsAimedAtTheOneTold() {
        assertThat(events("Kiir told the rebels that he would never give up power.")).containsExactly("SSDGOV>SSDREB:1231");
        // told to reporters or to an outlet, or only said: no one is addressed, so no event
        assertThat(events("Kiir told reporters that he would never give up power.")).isEmpty();
        assertThat(events("Kiir told CNN that he would never give up power.")).isEmpty();
        assertThat(events("Kiir said he would never give up power.")).isEmpty();
        // a target of the words' own stays theirs
        assertThat(events("Xi told Biden that China would never give up its claim to Taiwan.")).containsExactly("CHN>TWN:124");
    }

    @Test
    void aHandInAnotherStatesWorkIsMaterialCooperationAndAnnouncedAnIntent() {
        assertThat(events("China will help Pakistan modernise its railways, the ministry said.")).containsExactly("CHN>PAK:031");
        assertThat(events("Russia helped Iran develop its drone industry, the report said.")).containsExactly("RUS>IRN:060");
        // "help" with no state right after it, or with a state but no work of its own built, codes nothing
        assertThat(events("The talks would help ease tensions between India and Pakistan.")).isEmpty();
        assertThat(events("The agreement will help Kenya export more tea.")).isEmpty();
    }

    @Test
    void notLettingAStateHoldExercisesOrUseBasesIsARefusalOfMilitaryCooperationAimedAtIt() {
        assertThat(events("Manila said it would not allow China to use its bases.")).containsExactly("PHLGOV>CHN:1212");
        assertThat(events("President Ferdinand Marcos told reporters that he would not allow the United States to hold joint "
                + "military exercises in the South China Sea.")).containsExactly("PHLGOV>USA:1212");
        // promised, it is an intent to cooperate militarily; done, the cooperation itself
        assertThat(events("President Ferdinand Marcos told reporters that he would allow the United States to hold joint "
                + "military exercises in the South China Sea.")).containsExactly("PHLGOV>USA:0312");
        assertThat(events("Jordan allowed US forces to use its air bases.")).containsExactly("JOR>USAMIL:062");
    }
}
