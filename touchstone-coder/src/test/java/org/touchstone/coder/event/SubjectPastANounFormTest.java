package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb after "and" shares the subject of the clause before it, not the emptiness of a verb form read as a noun in that
 * clause's object ("Kishida's visit", "in frozen assets"): such a form is passed over like a nominal. Session 27
 * (joins27), after tune11 k-004.
 */
class SubjectPastANounFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "China condemned Kishida's visit and demanded that Japan apologise.|CHN>JPN:100",
        "The Taliban condemned as theft Joe Biden's order to split $7 billion in frozen Afghan central bank assets, and demanded that Washington return the money to the Afghan people.|AFGGOV>USAGOV:100",
        "Beijing condemned Pelosi's visit to Taiwan and demanded that Washington stop meddling.|CHNGOV>USAGOV:1056",
    })
    void theSecondVerbKeepsTheClauseSubject(String text, String event) {
        assertThat(CodedActs.events(text)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the clause's own subject is unknown: passing the noun form finds no one else to lend it
        "Gunmen attacked Kishida's convoy and kidnapped two Japanese diplomats.",
        "Gunmen seized the frozen assets and kidnapped two Japanese diplomats.",
    })
    void noSubjectIsLentPastTheClause(String text) {
        assertThat(CodedActs.events(text)).isEmpty();
    }
}
