package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "neighbouring" before a state a pattern joins right after its preposition ("to neighbouring Niger") is no other
 * actor, as an article is not: the state stays the pattern's target. Sentences written for this test.
 */
class NeighbouringBeforeJoinedActorTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-01 | Nigeria cut off electricity supplies to neighbouring Niger on Tuesday. | NGA>NER:163
            2023-08-01 | Kenya sent troops to neighboring Somalia. | KEN>SOM:074
            """)
    void neighbouringStateIsTheTarget(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }
}
