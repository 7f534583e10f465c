package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (miss35a): a few quoted words that open and close between the verb and its target ('would never recognise
 * "the false state" of Kosovo') are part of the object, not quoted speech that ends the search for the target. Sentences
 * written for this test (never gold or tuning sentences). Each row is "date | sentence | expected event".
 */
class QuotedWordsInTheObjectTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2010-05-04 | Belgrade said Serbia would never recognise "the so-called republic" of Kosovo. | SRB>KSV:120
            2010-05-04 | Serbia would never recognise the "so-called republic" of Kosovo, the president said. | SRB>KSV:120
            """)
    void aQuotedLabelInTheObjectLeavesTheTargetFound(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
