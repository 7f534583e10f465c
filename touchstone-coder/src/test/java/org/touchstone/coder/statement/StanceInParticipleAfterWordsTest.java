package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * Words that name no one but the speaker's own state are about whom the speaker's comma participle of words right after
 * them is aimed at ("insisted that the canal belonged to Panama, rejecting Trump's demand ...", gold x-148).
 * Session 26 (stmt26b); sentences written for the test.
 */
class StanceInParticipleAfterWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Argentina's president insisted that the islands belonged to Argentina, rejecting Britain's claim to them.|ARGGOV|GBR",
        "Guyana's president insisted that the Essequibo region belonged to Guyana, rejecting Venezuela's proposal for a referendum.|GUYGOV|VEN",
    })
    void theParticiplesTargetIsSpokenOf(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a participle naming no one
        "Argentina's president insisted that the islands belonged to Argentina, adding that talks would continue.|ARGGOV",
        // a deed in the participle is no word about anyone
        "Argentina's president insisted that the islands belonged to Argentina, visiting Britain's embassy later.|ARGGOV",
    })
    void noTargetWithoutAStanceAfterTheWords(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).isEmpty());
    }
}
