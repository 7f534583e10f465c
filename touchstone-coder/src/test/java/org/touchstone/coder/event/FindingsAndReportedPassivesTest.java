package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;
import static org.touchstone.coder.CoderTestSupport.onlyStatement;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts told as the findings of an investigation, report or inquiry, and passives inside reported words (session 22,
 * found22): a killing of twenty or more counted people by a state's forces, told in someone's words, is at home as a
 * hundred are, and a news outlet whose investigation reports it does not place the victims abroad; police named only by role as the by-agent of force or arrest on one state's people are
 * that state's, also when the patient is a pronoun standing for the speakers ("told reporters they had been tortured by
 * police"); an apposed participle keeps a report's owner as the speaker ("X's report, released on Thursday, found");
 * interference found or said is a charge (112). Sentences written for this test (never gold or tuning sentences). Each
 * row is "date | sentence | expected event" or "date | sentence | event that must not appear".
 */
class FindingsAndReportedPassivesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-12-17 | A BBC investigation found that Ethiopian troops killed at least 50 civilians in the town of Axum. | ETHMIL>ETHCVL:202
            2020-12-17 | The BBC said Nigerian soldiers had killed 35 villagers near the town. | NGAMIL>NGACVL:202
            2020-12-17 | UN investigators said Myanmar soldiers killed at least 40 villagers in Kani township. | MMRMIL>MMRCVL:202
            2022-04-20 | Russian soldiers killed at least 40 civilians in Bucha, a BBC investigation found. | RUSMIL>UKRCVL:202
            """)
    void aMassKillingFoundByAnOutletIsAtHome(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-12-17 | A BBC investigation found no evidence that Myanmar soldiers killed at least 40 villagers. | MMRMIL>MMRCVL:202
            2020-12-17 | Myanmar soldiers killed five villagers in Kani township. | MMRMIL>MMRCVL:202
            2020-12-17 | A BBC investigation found that Myanmar soldiers killed 40 protesters in Kani township. | MMRMIL>MMRCVL:202
            2020-12-17 | Myanmar soldiers killed at least 40 villagers in Kani township. | MMRMIL>MMRCVL:202
            2022-04-20 | Russian soldiers killed at least 40 civilians in Bucha, a BBC investigation found. | RUSMIL>RUSCVL:202
            """)
    void noMassKillingAtHomeWhenDeniedFewCrowdsOrPlacedAbroad(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-08-14 | Protesters in Minsk told reporters they had been tortured by police. | BLRCOP>BLRCVL:1822
            2020-08-14 | Protesters in Minsk were tortured by riot police. | BLRCOP>BLRCVL:1822
            2022-09-20 | Students in Tehran said they had been detained by police. | IRNCOP>IRNCVL:173
            2020-08-14 | Protesters in Minsk told reporters they had been tortured by Russian police. | RUSCOP>BLRCVL:1822
            """)
    void rolePoliceAsByAgentAreThoseOfThePeopleTheyActOn(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-09-20 | Protesters in Tehran said they had been praised by police. | IRNCOP>IRNCVL
            2020-08-14 | Protesters in Minsk told reporters they had been attacked by soldiers. | BLRMIL>BLRCVL
            2020-08-14 | Protesters in Minsk told reporters they had been tortured by Russian police. | BLRCOP>BLRCVL
            """)
    void noLocalPoliceForPraiseSoldiersOrNamedPolice(LocalDate date, String sentence, String absentPair) {
        assertThat(events(sentence, date)).noneMatch(e -> e.startsWith(absentPair + ":"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-04-18 | A US Senate report found that Russia interfered in the 2016 US election. | USALEG>RUS:112
            2019-04-18 | Britain's intelligence committee concluded that Russia interfered in the Brexit referendum. | GBRLEG>RUS:112
            2019-04-18 | The US Justice Department said Russia meddled in the 2016 US election. | USAGOV>RUS:112
            2019-04-18 | The US Justice Department's report, released on Thursday, found that Russia interfered in the 2016 US election. | USAGOV>RUS:112
            2019-04-18 | Special counsel Robert Mueller's report, published on Thursday, found that Russia interfered in the 2016 US election. | USAJUD>RUS:112
            """)
    void interferenceFoundIsAChargeByTheFinder(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-04-18 | A US Senate report found no evidence that Russia interfered in the 2016 US election. | USALEG>RUS
            2019-04-18 | A Gallup poll found that Americans believe Russia interfered in the 2016 US election. | USA
            2019-04-18 | Russia denied that it interfered in the 2016 US election. | RUS>USA:112
            """)
    void noChargeWhenNothingIsFoundOrAPollFindsIt(LocalDate date, String sentence, String absentPrefix) {
        assertThat(events(sentence, date)).noneMatch(e -> e.startsWith(absentPrefix));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-04-18 | The US Justice Department's report, released on Thursday, found that Russia interfered in the 2016 US election. | USAGOV
            2019-03-01 | The OPCW's final report, issued on Friday, concluded that the Syrian air force had dropped chlorine on Douma. | IGOOPW
            2020-08-14 | Lithuania, a NATO member, said Belarus had detained two of its citizens. | LTU
            """)
    void anApposedParticipleKeepsTheSpeaker(LocalDate date, String sentence, String speaker) {
        assertThat(onlyStatement(sentence, date).speaker()).isEqualTo(speaker);
    }
}
