package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22 verb vocabulary of the cooperative roots (verbs.txt): accepted offers of relief or observers, records of a
 * case handed to a state, weapons stationed in a partner's territory and investigators questioning people. Constructed
 * sentences only, each phrasing beside uses of the same words that must code something else or nothing.
 */
class CooperativeVerbVocabularyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Turkey accepted offers of rescue teams from Greece.|TUR>GRC:0863",
            "Libya has accepted the offer of search and rescue teams from Egypt and Algeria.|LBY>EGY:0863 LBY>DZA:0863",
            "Nepal accepted offers of medical supplies from India.|NPL>IND:0863",
            "Turkey accepted offers of field hospitals from three countries, Greece, Israel and Azerbaijan.|TUR>GRC:0863 TUR>ISR:0863 TUR>AZE:0863",
            "Thailand accepted Malaysia's offer to send observers to the border.|THA>MYS:086",
            "Syria accepted Jordan's offer to dispatch rescue teams.|SYR>JOR:0863",
    })
    void anAcceptedOfferLetsTheOfferersHelpIn(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected.split(" "));
    }

    @Test
    void reliefAcceptedOrOfferedWithoutAnOfferAcceptedKeepsItsOwnCode() {
        // the teams themselves accepted were sent by the giver (073); an offer made is a promise (030); an invitation 036
        assertThat(events("Turkey accepted rescue teams from Greece.")).containsExactly("GRC>TUR:073");
        assertThat(events("Turkey made offers of rescue teams to Greece.")).containsExactly("TUR>GRC:030");
        assertThat(events("Syria accepted Jordan's invitation.")).containsExactly("SYR>JOR:036");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Turkey has handed the audio recordings to the United States.|TUR>USA:064",
            "Turkey gave France the recordings.|TUR>FRA:064",
            "Turkey provided transcripts of the intercepted calls to Germany.|TUR>DEU:064",
            "Turkey handed tapes of the murder to Saudi Arabia.|TUR>SAU:064",
    })
    void recordsOfACaseHandedToAStateAreInformationShared(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    @Test
    void recordingsGivenToNoStateShareNothing() {
        assertThat(events("Turkey gave a recording of the speech to the audience.")).isEmpty();
        assertThat(events("The singer gave the recordings to his label.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia has stationed nuclear weapons in Belarus.|RUS>BLR:062",
            "Russia has stationed nuclear missiles in Belarus.|RUS>BLR:062",
            "The United States stations nuclear warheads in Turkey.|USA>TUR:062",
            "Russia will station tactical nuclear weapons in Belarus.|RUS>BLR:0312",
    })
    void weaponsStationedInAPartnersTerritoryAreMilitaryCooperation(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    @Test
    void shipsStationedInAPortAreNoCooperation() {
        assertThat(events("Russia stationed its ships in the port.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Swiss investigators questioned two Russian diplomats.|CHECOP>RUSGOV:091",
            "French prosecutors questioned Gabon's former president.|FRAJUD>GABOPP:091",
            "Spanish police interviewed two Moroccan officials.|ESPCOP>MARGOV:091",
    })
    void peopleQuestionedByInvestigatorsAreInvestigated(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    @Test
    void questioningByOthersIsNoInvestigation() {
        assertThat(events("France questioned Russia's motives.")).isEmpty();
        assertThat(events("Britain questioned the legality of the Israeli strike.")).isEmpty();
        assertThat(events("Reporters questioned the Chinese foreign minister.")).isEmpty();
        // "question" the noun is no verb: Taiwan is not a speaker here
        assertThat(events("Xi urged Biden to handle the Taiwan question properly, warning that mishandling it would harm ties."))
                .containsExactly("CHNGOV>USAGOV:020");
        assertThat(CoderTestSupport.code("Xi urged Biden to handle the Taiwan question properly, warning that mishandling it would harm ties.",
                LocalDate.of(2024, 1, 1)).statements()).extracting(st -> st.speaker()).containsOnly("CHNGOV");
    }
}
