package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.code;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25 (bugs25): a verb's one-word base form right after a one-word state that a verb, a determiner or a
 * preposition opens is a noun the state's adjective modifies ("welcomed Western support"), not a second speaker's act;
 * after "and", or opened by a negation or a modal, it stays a verb. Sentences written for this test. Each row is
 * "sentence | expected speakers of the statements".
 */
class StateAdjectiveBeforeANounTest {

    private static final LocalDate DATE = LocalDate.parse("2024-03-01");

    private static List<String> speakers(String sentence) {
        return code(sentence, DATE).statements().stream().map(st -> st.speaker()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ukraine welcomed Western support. | UKR
            Ukraine welcomed American support. | UKR
            Ukraine welcomed the Western support. | UKR
            Ukraine thanked Kyiv's partners for American support. | UKR
            Japan and Korea support the plan. | JPN KOR
            The ministers said Britain and France support the deal. | GBR FRA
            Erdogan told Sweden not to expect Turkey's support for its NATO bid. | TURGOV
            """)
    void aFormAfterAStatesAdjectiveIsANoun(String sentence, String expected) {
        assertThat(speakers(sentence)).containsExactlyInAnyOrder(expected.split(" "));
    }
}
