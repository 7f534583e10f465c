package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (miss35a): a second measure joined by "and" to a first one, with no target of its own ("expelled the
 * envoy and suspended trade"), is taken against the state the first measure hit, bare. Sentences written for this
 * test (never gold or tuning sentences). Each row is "date | sentence | expected events". Trade cut with a capital is
 * cut with its state (ActorRecognizer.tradedWith: a capital after "with" and a noun of trade is the bare country).
 */
class SecondMeasureTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-04 | Ghana expelled Togo's ambassador and suspended bilateral trade on Monday. | GHA>TGOGOV:161 GHA>TGO:163
            2021-03-04 | Ghana said it would downgrade ties with Lome and suspend trade. | GHA>TGOGOV:1313 GHA>TGO:1312
            """)
    void aSecondMeasureWithNoTargetHitsTheFirstOnesState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-04 | Ghana expelled Togo's ambassador, and Benin suspended trade. | GHA>TGOGOV:161
            2021-03-04 | Ghana arrested two Ghanaian opposition leaders and suspended trade. | GHA>GHAOPP:173
            """)
    void notForAnotherSubjectNorAgainstTheSubjectsOwnState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-01-06 | Ghana froze all trade with Lome on Monday. | GHA>TGO:163
            2020-01-06 | Ghana expelled Togo's ambassador and froze all trade and investment with Lome. | GHA>TGOGOV:161 GHA>TGO:163
            """)
    void tradeCutWithACapitalIsCutWithItsState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }
}
