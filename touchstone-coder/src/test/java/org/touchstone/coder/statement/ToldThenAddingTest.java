package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * "..., the minister told parliament, adding that ...": the "that" of a participle after the one told opens the added
 * words, not the words of "told", so the words before the speaker stay its words (gold t-098).
 * Session 26 (stmt26b); sentences written for the test.
 */
class ToldThenAddingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Indian and Chinese troops scuffled on the border, India's defence minister told parliament, adding that no soldier had died.|INDGOVMIL|CHNMIL",
        "Indian and Chinese troops scuffled on the border, India's defence minister told reporters on Tuesday, saying that the situation was calm.|INDGOVMIL|CHNMIL",
        // the same without the participle, as before
        "Indian and Chinese troops scuffled on the border, India's defence minister told parliament.|INDGOVMIL|CHNMIL",
    })
    void theWordsBeforeTheSpeakerAreItsWords(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // words after the one told, past a participle of grounds, are still the words of "told"
        "India's defence minister told parliament, citing army reports, that Chinese troops had crossed the border.|INDGOVMIL|CHNMIL",
    })
    void wordsAfterTheOneToldStayTheirs(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }
}
