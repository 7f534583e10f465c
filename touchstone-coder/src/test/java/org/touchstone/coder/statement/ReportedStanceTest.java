package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Statement;

/** The stance of reported words (GOLD-SET.md R3c, R10, R11), on sentences written for the test. */
class ReportedStanceTest {
    @Test
    void theWordsToldBeginAfterTheAddresseeAndTheCircumstanceOfTheTelling() {
        assertThat(only("Kishida told Biden in a phone call on Monday that he was confident relations would keep improving.")
                .code()).isEqualTo("013");
        assertThat(only("Macron told Scholz at a meeting in Berlin on Tuesday that he was deeply concerned about the crisis.")
                .code()).isEqualTo("012");
        assertThat(only("Erdogan told Putin during a telephone call that Ankara was grateful for the grain deal.").code())
                .isEqualTo("051");
        // with no "that", the call is what the words report
        assertThat(only("Kishida told Biden in a phone call on Monday about the summit.").code()).isEqualTo("010");
    }

    @Test
    void oneSaidToBeToBlameBlamesNoOne() {
        Statement said = only("In an interview with the BBC, Wang Yi said the United States was to blame.");
        assertThat(said.speaker()).isEqualTo("CHNGOV");
        assertThat(said.code()).isEqualTo("112");
    }

    @Test
    void aProblemToBeDealtWithIsNoStance() {
        assertThat(only("Xi said China was willing to help resolve Pyongyang's security concerns.").code()).isNotEqualTo("012");
        assertThat(only("Biden said infrastructure should be off-limits to cyber attacks by Russia.").code()).isNotEqualTo("112");
        assertThat(only("Modi said India and Japan would cooperate in tackling terrorism.").code()).isNotEqualTo("112");
        assertThat(only("Biden said interference in elections must stop.").code()).isNotEqualTo("111");
        // near miss: the charge itself stands
        assertThat(only("Kyiv said Russia was behind the cyber attacks on its banks.").code()).startsWith("112");
    }

    @Test
    void treasonBetrayalAndBrokenPromisesAreCriticism() {
        assertThat(only("Tunisia's president said any deal with Israel would be high treason.").code()).isEqualTo("111");
        assertThat(only("Maduro said Colombia had betrayed the peace process.").code()).isEqualTo("111");
        assertThat(only("Erdogan said Finland had not kept its promises on the PKK.").code()).isEqualTo("111");
        assertThat(only("Kabul said Washington had abandoned Afghanistan.").code()).isEqualTo("111");
        assertThat(only("Tehran said the Europeans had reneged on the nuclear deal.").code()).isEqualTo("111");
        // near miss: promises kept are no charge
        assertThat(only("Erdogan said Finland had kept its promises on the PKK.").code()).isNotEqualTo("111");
    }

    @Test
    void liesAPretextAndDestabilisationAreAllegations() {
        assertThat(only("Beijing said Washington was spreading lies about Xinjiang.").code()).isEqualTo("112");
        assertThat(only("Moscow said NATO was using the drills as a pretext to expand.").code()).isEqualTo("112");
        assertThat(only("Tehran said Israel was trying to destabilise Iraq.").code()).isEqualTo("112");
        assertThat(only("Yerevan said Baku was sowing discord among its neighbours.").code()).isEqualTo("112");
        assertThat(only("Sisi said Israel was using hunger as a weapon in Gaza.").code()).isEqualTo("1124");
    }

    @Test
    void aCoupPaidForOrPlottedIsAnAllegationOfAggression() {
        assertThat(only("Ortega said Washington was financing the coup against his government.").code()).isEqualTo("1123");
        assertThat(only("Maduro said Bogota was funding the coup against him.").code()).isEqualTo("1123");
    }

    @Test
    void tiesDrawingCloserAreOptimism() {
        assertThat(only("The crown prince said the kingdom was getting closer to normalising relations with Israel.").code())
                .isEqualTo("013");
        // near miss: troops drawing near are no ties
        assertThat(only("Kyiv said Russian troops were getting closer to Kharkiv.").code()).isNotEqualTo("013");
        assertThat(only("Riyadh said the kingdom was closer to normalisation with Israel.").code()).isEqualTo("013");
    }

    @Test
    void hadToInReportedWordsIsTheMustOfADemand() {
        assertThat(only("Akufo-Addo said Mali's junta had to set a date for elections.").code()).isEqualTo("100");
        assertThat(only("Scholz said China has to use its influence on Russia.").code()).isEqualTo("100");
        assertThat(only("Blinken said Israel has to do more to protect civilians.").code()).isEqualTo("100");
        assertThat(only("Baerbock said Iran needs to do more to calm the region.").code()).isEqualTo("100");
        // near misses: what had to be done to someone, and the speaker's own side
        assertThat(only("The UN said civilians in Rafah had to be evacuated.").code()).isNotEqualTo("100");
        assertThat(only("Kyiv said Ukraine had to ration electricity this winter.").code()).isNotEqualTo("100");
    }

    @Test
    void anActNamedByANounAndThenJudgedIsTheJudgement() {
        assertThat(only("Beijing said Pelosi's visit to Taiwan was a serious provocation.").code()).startsWith("11");
        assertThat(only("Moscow said the expulsion of its diplomats was an unfriendly step by Berlin.").code()).startsWith("11");
        assertThat(only("Seoul said Pyongyang's missile launch was a grave provocation.").code()).startsWith("11");
        // near miss: the act told after the judgement stands as the words' content
        assertThat(only("Beijing said it was deeply concerned and would hold talks with Manila.").code()).isNotEqualTo("012");
    }
}
