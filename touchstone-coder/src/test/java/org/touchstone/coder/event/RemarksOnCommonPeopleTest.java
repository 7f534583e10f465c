package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.assertEvents;
import static org.touchstone.coder.CoderTestSupport.onlyStatement;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * Session 27 (fp27), events the gold does not have: a remark (010, S7-3) is an event between political actors, so words
 * that name a country's common people only as those something befell (refugees who fled or returned, children brought
 * back) give the speaker's statement and no event; a stance toward them of its own, and a remark about a state, stay
 * events. Sentences written for this test. Each row is "date | sentence | expected events" (space-separated, "-" for
 * none).
 */
class RemarksOnCommonPeopleTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Turkey said its mediation had secured the return of twelve Ukrainian children taken to Russia. | -
            2023-03-15 | Some 300,000 Syrians have returned home from Lebanon in the past year, the UN refugee agency said. | -
            """)
    void wordsOnWhatBefellCommonPeopleGiveNoEvent(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @Test
    void theSpeakersStatementStays() {
        Statement st = onlyStatement("Turkey said its mediation had secured the return of twelve Ukrainian children taken to Russia.",
                LocalDate.of(2023, 3, 15));
        assertThat(st.speaker()).isEqualTo("TUR");
        assertThat(st.code()).isEqualTo("010");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Kenya's foreign minister said on Monday that ties with Tanzania were entering a new phase. | KENGOV>TZA:010
            2022-09-20 | Erdogan expressed sympathy for the people of Pakistan after the floods. | TURGOV>PAK:018
            """)
    void remarksOnStatesAndStancesTowardPeopleStay(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
