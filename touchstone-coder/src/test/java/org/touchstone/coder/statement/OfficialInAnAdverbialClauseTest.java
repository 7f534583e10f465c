package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country the words name is made its government only by an official named in the words themselves, not by one named
 * in an adverbial clause that sets their time ("patrols around Taiwan after President Tsai met McCarthy" is about
 * Taiwan: S30-2, the target is coded from the mention the words are about; tune t-033). Session 33 (stmt33); sentences
 * written for the test.
 */
class OfficialInAnAdverbialClauseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia's defence ministry said its warships were holding drills near Japan after Prime Minister Fumio Kishida visited Kyiv.|RUSGOVMIL|JPN",
        "The Chinese army said it had held drills near Taiwan hours after President Lai Ching-te returned from a trip to Paraguay.|CHNMIL|TWN",
    })
    void theCountryStaysBare(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }
}
