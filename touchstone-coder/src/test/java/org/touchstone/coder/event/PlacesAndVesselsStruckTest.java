package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 34 (roles34): the target of an act on a thing, not on people. S31-29: a chemical (or other unconventional)
 * attack on a town of the attacker's own state is aimed at the people the sentence names, else at the town's state,
 * bare. S27-8: a ship seized is its flag state's, a fishing boat too, not its crew's people, and so is one sunk or blown
 * up (1712, session 36). Sentences written for
 * this test in wire style, never gold or tuning sentences.
 */
class PlacesAndVesselsStruckTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2016-08-10 | Syrian government helicopters dropped chlorine on the town of Saraqib, a rights group said. | SYRGOV>SYR:2041
            2014-04-11 | Syrian warplanes dropped chlorine on the village of Kafr Zita, OPCW investigators concluded. | SYRMIL>SYR:2041
            2016-08-10 | Syrian helicopters dropped chlorine on the town of Saraqib, injuring dozens of civilians. | SYRMIL>SYRCVL:2041
            2019-05-10 | Syrian troops shelled the city of Homs on Friday. | SYRMIL>SYRCVL:194
            """)
    void aChemicalAttackOnOnesOwnTownNamingNoPeopleIsAimedAtTheState(String date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-05-06 | The Argentine navy seized two Chinese fishing boats off Patagonia. | ARGMIL>CHN:1711
            2021-05-06 | Irish police seized a Spanish trawler off Donegal on Tuesday. | IRLCOP>ESP:1711
            2022-09-14 | The Malaysian navy blew up four Thai fishing boats caught off Sabah, officials said. | MYSMIL>THA:1712
            """)
    void aSeizedFishingBoatIsItsFlagStates(String date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, LocalDate.parse(date))).contains(expected);
    }
}
