package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23: the wire reporter's words for what one side says of another (GOLD-SET.md R10, R11), kind by kind, with
 * the phrase inside quote marks too, and near misses that carry no stance.
 */
class StanceVocabularyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // blame weighed against another's (112)
            "Lula told Time magazine that Zelensky was 'as responsible as Putin' for the war.|112",
            "Lavrov said Washington was just as responsible as Kyiv for the shelling of the plant.|112",
            "The French foreign minister said Russia bore as much blame as Ukraine for the war.|112",
            "Britain said Moscow was \"culpable\" for the attack in Salisbury.|112",
            // disapproval (111)
            "Orban told a Swiss weekly that Ukraine had become \"a no man's land\" kept alive by Western money.|111",
            "Erdogan said Macron needed 'mental checks' over his treatment of Muslims.|111",
            "Erdogan said Macron was mentally unstable.|111",
            "The EU said Iran's election was neither free nor fair.|111",
            "Ahmadinejad told a rally that Israel was a stinking corpse doomed to disappear.|111",
            "Blinken told Wang Yi that Beijing's actions threatened the rules-based order.|111",
            // concern (012)
            "Imran Khan told Al Jazeera that a war with India could spill far beyond the subcontinent.|012",
            "Erdogan said a war between Israel and Iran could engulf the region.|012",
            "EU observers said Zimbabwe's election had fallen short of international standards.|012",
            // optimism (013)
            "Yoon said relations with Japan could open a new chapter.|013",
            "Modi told Xi that relations between India and China had entered a new era.|013",
            // an appeal after a word of need (020), a demand after "must" (100)
            "Tsai told the BBC that Beijing needed to \"face reality\" and show Taiwan respect.|020",
            "Tsai said Beijing should face up to reality.|020",
            "Xi said Washington must face reality and stop arming Taiwan.|100",
            // a charge called unproven is denied (016)
            "China said the U.S. accusations of hacking were \"unsubstantiated\".|016",
            "Moscow said the allegations of spying were unproven.|016",
    })
    void theStanceOfTheWords(String text, String code) {
        assertThat(only(text).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // no stance word, or the stance word negated
            "The EU said Iran's election was free and fair.|111",
            "Yoon said Japan and South Korea had not opened a new chapter.|013",
            // an appeal phrase with no word of need says nothing of another's duty
            "The Kremlin said Kyiv would come to its senses.|020",
            "Kishida said Japan would face reality.|020",
            // the name of the one spoken of is no stance: what is said of it decides
            "Nasrallah said \"the Great Satan\" was behind the pressure on Lebanon's banks.|111",
    })
    void nearMisses(String text, String notCode) {
        assertThat(only(text).code()).isNotEqualTo(notCode);
    }
}
