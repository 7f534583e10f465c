package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.code;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The label "call" puts on the one named right after it takes the stance of its own words in the stance lexicon
 * (session 24, R11): praise 051, condemnation 111, a charge 112x, quoted or not, in single or double quotes; a label the
 * lexicon does not know keeps the pattern's guess. Appeals ("called on", "called for"), phone calls and circumstances
 * after the label are no labels. Sentences written for this test (never gold or tuning sentences). Each row is
 * "date | sentence | event".
 */
class StanceOfLabelsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2024-03-01 | Orban called Putin a "dear friend". | HUNGOV>RUSGOV:051
            2024-03-01 | Orban called Putin a 'dear friend' on Tuesday. | HUNGOV>RUSGOV:051
            2024-03-01 | Hungarian Prime Minister Viktor Orban called Vladimir Putin a "true friend" in an interview. | HUNGOV>RUSGOV:051
            2024-03-01 | Xi called Putin his "old friend" during talks in Moscow. | CHNGOV>RUSGOV:051
            2024-03-01 | Orban called Putin a "threat" to Europe. | HUNGOV>RUSGOV:111
            2024-03-01 | Erdogan called Israel a "terrorist state" in a speech. | TURGOV>ISR:111
            2024-03-01 | Jaishankar called Pakistan the "epicentre of terrorism." | INDGOV>PAK:112
            2024-03-01 | Biden called Putin a "war criminal" on Wednesday. | USAGOV>RUSGOV:1124
            2024-03-01 | Kim Jong Un called Trump "mentally deranged" in a statement. | PRKGOV>USAOPP:111
            """)
    void theLabelsWordsGiveTheStance(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2024-03-01 | Orban called Putin a "dear friend". | HUNGOV | 051
            2024-03-01 | Jaishankar called Pakistan the "epicentre of terrorism." | INDGOV | 112
            """)
    void theStatementCarriesTheSameStance(LocalDate date, String sentence, String speaker, String stance) {
        assertThat(code(sentence, date).statements()).filteredOn(st -> st.speaker().equals(speaker))
                .extracting(st -> st.code()).containsExactly(stance);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2024-03-01 | Orban called for talks with Putin. | HUNGOV>RUSGOV:026
            2024-03-01 | Orban called on Putin to release the prisoners. | HUNGOV>RUSGOV:0253
            """)
    void appealsAreNoLabels(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2024-03-01 | Orban called Putin on Tuesday.
            2024-03-01 | Orban called Putin in the morning.
            """)
    void aCallWithNoLabelCodesNoStance(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":051") || e.startsWith("HUNGOV>RUSGOV:11"));
    }
}
