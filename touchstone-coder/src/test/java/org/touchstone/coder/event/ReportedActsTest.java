package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;
import static org.touchstone.coder.event.CodedActs.statement;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Statement;

/**
 * Acts inside reported words (session 17): which side a verb after the words belongs to, whom an intent told to another
 * leader is aimed at, and what an admission's content is. Constructed wire-style sentences, not gold or tuning lines, each rule with paraphrases that must code and near
 * misses that must not.
 */
class ReportedActsTest {
    // --- 1. a speech act after "and", past words whose subject is another side, is the speaker's

    @Test
    void aSpeechActAfterAnotherSidesReportedDeedIsTheSpeakers() {
        assertThat(events("Zelensky said Russian forces had not yet withdrawn from Kherson and warned that Moscow could be preparing a trap."))
                .containsExactly("UKRGOV>RUSGOV:012");
        assertThat(events("Washington said North Korea had fired two missiles and urged Pyongyang to return to talks."))
                .containsExactly("USAGOV>PRKGOV:026");
        assertThat(events("The US said North Korea had fired two missiles and criticised Pyongyang."))
                .containsExactly("USA>PRKGOV:111");
        // the reported deed keeps its own subject; the protest after "and" is the speaker's
        assertThat(events("Japan said Chinese ships had entered its waters near the islands and lodged a protest with Beijing."))
                .containsExactly("CHN>JPN:150", "JPN>CHNGOV:114");
    }

    @Test
    void theWordsStanceStaysTheFirstWhenTheSpeakerGoesOn() {
        // one statement per speaker: the charge in the words, not the protest after them (GOLD-SET.md, Statements)
        Statement st = statement("Beijing said Philippine vessels had rammed a Chinese ship near the shoal and lodged a protest with Manila.");
        assertThat(st.code()).isEqualTo("1123");
        assertThat(st.targets()).containsExactly("PHL");
        // words with no stance take the speech act's ("warned" 012), and keep whom they spoke of
        Statement warned = statement("Zelensky said Russian forces had not yet withdrawn from Kherson and warned that Moscow could be preparing a trap.");
        assertThat(warned.code()).isEqualTo("012");
        assertThat(warned.targets()).containsExactly("RUSMIL", "RUSGOV");
    }

    @Test
    void aDeedAfterAndOrTheSpeakersOwnSideKeepsTheWordsSubject() {
        // a deed after "and" goes on the reported clause ("had shelled ... and killed")
        assertThat(events("Ukraine said Russian troops had shelled Kharkiv and killed five civilians."))
                .containsExactly("RUSMIL>UKR:194");
        // the words' subject is the speaker's own side, and the verb group has its own auxiliary: the clause goes on
        Statement st = statement("Guyana's president told the BBC that his country would defend its territory and would not cede an inch of land to Venezuela.");
        assertThat(st.code()).isEqualTo("124");
        assertThat(events("Guyana's president told the BBC that his country would defend its territory and would not cede an inch of land to Venezuela."))
                .containsExactly("GUY>VEN:124");
        // a bare form after "and" shares the words' modal: what the other side should do (an appeal to it, R10), no act
        // of the speaker's own
        assertThat(events("Xi said the US side should stop arming Taiwan and support China's peaceful reunification."))
                .contains("CHNGOV>USA:022");
    }

    // --- 2. an intent a state announces in words told to another's leader is aimed at that leader's state

    @Test
    void anIntentToldToAnotherLeaderIsAimedAtItsState() {
        // the intent verb's own pattern ("ready to play a role in bringing peace", 039) as its complement ("ready to mediate")
        assertThat(events("Narendra Modi told Volodymyr Zelensky that India was ready to play an active role in bringing back peace."))
                .containsExactly("IND>UKR:039");
        assertThat(events("Narendra Modi told Volodymyr Zelensky in Kyiv on Friday that India was ready to mediate."))
                .contains("IND>UKR:039");
        assertThat(events("Xi Jinping told Kim Jong Un that China was ready to play a constructive role in bringing peace."))
                .containsExactly("CHN>PRK:039");
        assertThat(events("Narendra Modi told Volodymyr Zelensky that India was ready to help.")).containsExactly("IND>UKR:030");
        // the statement keeps the leader told as its target and takes the intent as its stance
        Statement st = statement("Narendra Modi told Volodymyr Zelensky that India was ready to play an active role in bringing back peace.");
        assertThat(st.code()).isEqualTo("039");
    }

    @Test
    void anAimOrResolveWithNoCooperationIsNoIntentTowardTheOneTold() {
        assertThat(events("Volodymyr Zelensky told Joe Biden that Ukraine was determined to win the war.")).isEmpty();
        assertThat(events("Narendra Modi told Volodymyr Zelensky that India was keen to expand trade.")).isEmpty();
    }

    // --- 3. R4: what an admission admits is its content, not a second event

    @Test
    void anAdmittedActIsTheAdmissionTowardItsTarget() {
        assertThat(events("Russia admitted that its troops had shelled a hospital in Kharkiv.")).containsExactly("RUS>UKR:015");
        assertThat(events("Iran admitted on Saturday that its forces had shot down a Ukrainian passenger jet near Tehran."))
                .containsExactly("IRN>UKR:015");
        assertThat(events("The Pentagon acknowledged that a US drone strike in Kabul had killed ten Afghan civilians."))
                .containsExactly("USAGOVMIL>AFGCVL:015");
        // "for the first time" between the verb and "that" is a circumstance of the admission
        assertThat(events("Ukraine's army chief acknowledged for the first time that his forces had struck Russian air bases in Crimea."))
                .containsExactly("UKRMIL>RUSMIL:015");
    }

    @Test
    void withThatLeftOutTheContentIsStillDeniedOrAdmitted() {
        // R4 without "that": the clause right after the denial or admission is its content, not an asserted act
        assertThat(events("Russia denied its troops had shelled a hospital in Kharkiv.")).noneMatch(e -> e.contains(":19"));
        assertThat(events("Pakistan denied its army had shelled Indian posts.")).containsExactly("PAK>IND:016");
        assertThat(events("Russia admitted its troops had shelled a hospital in Kharkiv.")).containsExactly("RUS>UKR:015");
        assertThat(events("Iran acknowledged its air defences had shot down the Ukrainian airliner.")).containsExactly("IRN>UKR:015");
        // near miss: a denial with its own object and a clause after "and" denies only the object
        assertThat(events("Russia denied the accusations and its troops shelled Kharkiv again.")).contains("RUSMIL>UKR:194");
    }

    @Test
    void aClaimADenialOrAnAdmissionOfNoActIsNoAdmittedDeed() {
        // said or confirmed: the deed is asserted and coded, the words claim it (015 statement)
        assertThat(events("Russia said that its troops had shelled a hospital in Kharkiv.")).containsExactly("RUSMIL>UKR:194");
        assertThat(events("Moscow confirmed that its troops had shelled a hospital in Kharkiv.")).containsExactly("RUSMIL>UKR:194");
        // denied: no act, no admission
        assertThat(events("Russia denied that its troops had shelled a hospital in Kharkiv.")).noneMatch(e -> e.contains(":19"));
        assertThat(events("Russia denied that its troops had shelled a hospital in Kharkiv.")).noneMatch(e -> e.endsWith(":015"));
        // an admission about no other actor is no event
        assertThat(events("Iran admitted that it had made mistakes.")).isEmpty();
    }
}
