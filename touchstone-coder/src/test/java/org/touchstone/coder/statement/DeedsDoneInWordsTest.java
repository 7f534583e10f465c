package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.core.Statement;

/**
 * A deed done in a speech or a text ("in a televised address", "in a letter to", "in an interview with") is said
 * there: the doer's statement, with the channel the venue gives; the same deed with no venue, or a venue that belongs
 * to another clause's words, is conduct only. Session 26 (aud26); sentences written for the test.
 */
class DeedsDoneInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chile's president withdrew his country's ambassador from Caracas in a televised address on Tuesday.|CHLGOV|domestic",
        "The Peruvian prime minister resigned in a speech to parliament on Friday.|PERGOV|domestic",
        "In a televised address, the Kenyan president suspended talks with Somalia.|KENGOV|domestic",
        "The Polish prime minister ruled out sending troops to Ukraine in an interview with the BBC.|POLGOV|foreign_media",
        "Germany's chancellor ruled out sending long-range missiles to Ukraine in an interview with the Tagesspiegel newspaper.|DEUGOV|domestic",
        "Indonesia's president formally declined an invitation to join BRICS in a letter to the group's leaders.|IDNGOV|target",
    })
    void theDoerSpeaksThroughTheVenue(String text, String speaker, String audience) {
        List<Statement> all = CodedStatements.statements(text);
        assertThat(all).extracting(Statement::speaker).containsExactly(speaker);
        assertThat(all.get(0).audience().code()).isEqualTo(audience);
    }

    // as gold codes a stated resignation (h-014, b-061): about the country, the target of the resignation event
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Peruvian prime minister resigned in a speech to parliament on Friday.|PER",
        "Lebanon's prime minister announced his government's resignation in a televised address on Monday.|LBN",
    })
    void aResignationIsAboutTheCountry(String text, String country) {
        assertThat(CodedStatements.only(text).targets()).containsExactly(country);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chile withdrew its ambassador from Caracas on Tuesday.",
        "Chile's president recalled the ambassador, days after Venezuela's leader insulted him in a speech.",
    })
    void aDeedWithNoVenueIsNoStatement(String text) {
        assertThat(CodedStatements.statements(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chile withdrew its ambassador from Caracas, and Venezuela's foreign ministry said in a statement that the move was regrettable.",
        "Chile withdrew its ambassador from Caracas after Venezuela's president criticised it in a televised address.",
    })
    void aVenueOfAnothersWordsIsNotTheDeeds(String text) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).doesNotContain("CHL", "CHLGOV");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Chilean president said in a televised address that Venezuela had expelled Chilean diplomats.",
    })
    void aDeedInsideReportedWordsIsTheReportersWords(String text) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).containsExactly("CHLGOV");
    }
}
