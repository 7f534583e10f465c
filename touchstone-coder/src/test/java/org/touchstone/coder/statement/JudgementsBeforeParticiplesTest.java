package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 24 (bugs24): a judgement the stance lexicon finds in the words is about whom they name before a participle
 * clause after it ("declaring that their friendship has no limits, aligning themselves against the United States",
 * sample sn-049); a participle of speech or grounds, a preposition in "-ing" and a quote go on with the words.
 * Sentences written for this test. Each row is "date | sentence | statement targets" (space-separated).
 */
class JudgementsBeforeParticiplesTest {

    private static List<String> targets(String text, LocalDate day) {
        return CoderTestSupport.onlyStatement(text, day).targets();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-02-04 | China said its friendship with Russia had no limits, aligning itself against the United States. | RUS
            2022-02-04 | China said the United States was a reliable partner, aligning itself against Russia. | USA
            """)
    void theParticiplesObjectIsNotJudged(LocalDate day, String text, String expected) {
        assertThat(targets(text, day)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-02-04 | China said its friendship with Russia had no limits, including in its stand against the United States. | RUS USA
            2004-11-22 | OSCE observers said Sunday's run-off in Ukraine had fallen short of European standards, citing the abuse of state resources in favour of Prime Minister Viktor Yanukovych. | UKRGOV
            2022-02-04 | China said its friendship with Russia had no limits, accusing the United States of meddling. | USA
            """)
    void wordsThatGoOnKeepTheirTargets(LocalDate day, String text, String expected) {
        assertThat(targets(text, day)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia and China issued a joint statement declaring that their friendship has no limits, aligning themselves against the United States.
            """)
    void aJointPraiseIsNotAimedAtTheParticiplesObject(String text) {
        assertThat(CoderTestSupport.events(text, LocalDate.of(2022, 2, 4))).noneMatch(e -> e.contains(">USA"));
    }
}
