package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GOLD-SET.md S30-2: a statement's target is coded from the mention the words are about. A country the words name bare
 * is the bare country, not the government of the leader told them (tune10 a-089); an appeal or demand stays aimed at
 * the one asked, and a country's adjective or a place after a preposition names no target. Sentences written for the test.
 */
class BareCountryInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Emmanuel Macron told Olaf Scholz in Berlin on Monday that Germany was a model of stability.|FRAGOV|DEU",
        "Narendra Modi told Anthony Albanese in Canberra that Australia was a trusted friend.|INDGOV|AUS",
    })
    void theCountryTheWordsNameIsTheTarget(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }

    @Test
    void anAppealStaysAimedAtTheOneAsked() {
        assertThat(CodedStatements.statements("On the sidelines of the summit in Astana, Vladimir Putin told Kassym-Jomart Tokayev that Kazakhstan must not allow its territory to be used for attacks on Russia."))
                .filteredOn(st -> st.speaker().equals("RUSGOV")).singleElement()
                .satisfies(st -> assertThat(st.targets()).contains("KAZGOV").doesNotContain("KAZ"));
    }

    @Test
    void anAdjectiveOfTheCountryIsNoBareTarget() {
        assertThat(CodedStatements.statements("An Israeli strike on a Beirut suburb killed a Hamas commander on Tuesday, Lebanese security officials said."))
                .filteredOn(st -> st.speaker().equals("LBNGOV")).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly("ISRMIL"));
    }
}
