package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A statement whose words name no one is aimed where the speaker's own act of the same stance is: the one blamed in a
 * participle after the speech verb, the country a leader says he will resign from. Not an unnamed state ("certain
 * countries", R14) nor the body the words were told to. Session 26 (stmt26).
 */
class OwnStanceTargetTest {

    private static List<String> targets(String text, LocalDate day) {
        return CoderTestSupport.onlyStatement(text, day).targets();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-06-26|Shots were fired at a helicopter carrying Colombian President Ivan Duque as it landed in Cucuta, the defence minister said, blaming FARC dissidents.|COLREB",
        "2021-06-26|Shots hit a helicopter carrying President Ivan Duque near Cucuta, Colombia's defence ministry said on Friday, blaming FARC dissidents.|COLREB",
        "2024-03-12|Haiti's Prime Minister Ariel Henry said he would resign once a transitional council was set up.|HTI",
        "2024-03-12|Pakistan's prime minister said he would resign once a caretaker government was in place.|PAK",
        "2019-05-24|Theresa May announced on Friday that she would step down as leader of the Conservative Party on June 7.|GBR",
    })
    void theOwnActsTarget(LocalDate day, String text, String target) {
        assertThat(targets(text, day)).containsExactly(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-06-08|A Chinese foreign ministry spokesman accused \"certain countries\" on Thursday of politicising the issue.",
        "2021-12-14|The UN envoy for Libya warned the Security Council on Tuesday that the country risked sliding back into war.",
    })
    void noUnnamedStateNorTheBodyTold(LocalDate day, String text) {
        assertThat(targets(text, day)).isEmpty();
    }
}
