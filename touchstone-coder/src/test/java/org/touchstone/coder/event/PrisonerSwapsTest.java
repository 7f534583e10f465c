package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 23 (R12): a release traded "in exchange for" or "in return for" people the other side held gives that side's
 * release too (0841 each way): the holder named ("held in France", "the release by Belgium") or the freed people's
 * state, toward the people given back. Session 36 (S35-1): each side's people keep the code the sentence gives them
 * ("three Iranians held in France" {@code IRNCVL}, no longer S33-8's bare pair), and a mediator of the trade acts on
 * the two states (S31-20), whatever was given back. A release "in a prisoner exchange with" a state pairs the two. A release for a ransom, for nothing or for a policy adds nothing. Sentences written for
 * this test in wire style, never gold or tuning sentences.
 */
class PrisonerSwapsTest {

    private static List<String> events(String date, String text) {
        return CoderTestSupport.events(text, LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-04-27 | Russia released US Marine veteran Trevor Reed in exchange for Russian pilot Konstantin Yaroshenko. | RUS>USA:0841,USA>RUS:0841
            2023-09-18 | Iran released two French citizens in exchange for three Iranians held in France. | IRN>FRACVL:0841,FRA>IRNCVL:0841
            2023-05-26 | Iran freed a Belgian aid worker in exchange for the release by Belgium of Iranian diplomat Assadollah Assadi. | IRN>BELCVL:0841,BEL>IRNGOV:0841
            2024-08-01 | Belarus freed a German citizen in return for two Belarusians jailed in Germany. | BLR>DEUCVL:0841,DEU>BLRCVL:0841
            2023-03-01 | Iran freed four Swedish detainees in exchange for four Iranians held in Sweden, in a deal mediated by Oman. | IRN>SWECVL:0841,SWE>IRNCVL:0841,OMN>IRN:045,OMN>SWE:045
            2023-07-03 | Armenia freed two Azerbaijani soldiers in exchange for documents on missing persons, in a swap mediated by Russia. | ARM>AZEMIL:0841,RUS>ARM:045,RUS>AZE:045
            2019-09-07 | Ukraine freed 35 Russians in a prisoner exchange with Russia. | UKR>RUSCVL:0841,UKR>RUS:0841,RUS>UKR:0841
            """)
    void aReleaseTradedForTheOtherSidesPeopleIsMutual(String date, String sentence, String expected) {
        assertThat(events(date, sentence)).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-01 | Iran freed a French tourist in exchange for nothing, the foreign ministry said. | IRN>FRACVL:0841
            2023-06-01 | Iran freed two French citizens in exchange for lifting sanctions. | IRN>FRACVL:0841
            2023-06-01 | Iran freed two French citizens on Friday. | IRN>FRACVL:0841
            2023-06-01 | Iran freed two French citizens in exchange for a ransom. | IRN>FRACVL:0841
            """)
    void aReleaseForNoPeopleStaysOneWay(String date, String sentence, String expected) {
        assertThat(events(date, sentence)).containsExactly(expected);
    }
}
