package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences written for this test (never gold or tuning sentences): a blow struck back with no target of its own is
 * aimed at whoever struck first; a pattern's slot never reaches past ", and" into the subject of the next clause; and
 * an actor's own act "during its ..." is the circumstance of the main clause, coded for the main clause's subject,
 * while "during Russia's invasion" inside a noun phrase names what the object belongs to; "them" after a state organ's
 * repressive act is the people named before it, even when their own act has no target; a speaker after a comma
 * (", Seoul's military said") is not the slot of the verb before it, while a list of names goes on past its commas; a
 * participle of words after a reported or demanded clause ("..., calling the seizure piracy") is the speaker's, unless
 * the clause's subject is of the speaker's own state; the second of a pair of capitals after a place preposition is a
 * place as the first is; a capital named for what it hosts ("the Beijing Winter Olympics") is its state, not its
 * government; "called ... off" is a verb with its particle only when "off" follows it; criticism that "X's decision
 * drew from Y" is aimed at X; "the government" after a parliament is the state's government, not the parliament
 * (bodies ending in -ment are no individuals). Each row is
 * "date | sentence | expected events" (all of them, in any order).
 */
class ClausesAndCircumstancesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-02-24 | Russian troops attacked Ukraine from three sides, and the Ukrainian army said it was fighting back. | RUSMIL>UKR:190 UKRMIL>RUSMIL:190
            2020-09-28 | Armenian forces shelled Azerbaijani positions, and Azerbaijan's army hit back with drones. | ARMMIL>AZEMIL:194 AZEMIL>ARMMIL:190
            2021-05-11 | Israeli jets bombed Gaza overnight, and Hamas retaliated with a barrage of rockets. | ISRMIL>PSE:195 PSEREB>ISRMIL:190
            2019-02-27 | Pakistani jets struck targets in Kashmir, and Indian troops returned fire. | PAKMIL>IND:195 INDMIL>PAKMIL:190
            """)
    void aBlowStruckBackIsAimedAtTheFirstAttacker(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-05-11 | Hamas retaliated. |
            2024-04-14 | Iran retaliated against Israel with missiles. | IRN>ISR:190
            2022-02-24 | The Ukrainian army said it was fighting back. |
            """)
    void aBlowStruckBackWithoutAnEarlierAttackerHasOnlyItsOwnTarget(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-10-08 | Hamas seized hostages during its attack on Israel. | PSEREB>ISRCVL:181 PSEREB>ISR:190
            2023-10-08 | Hamas gunmen took captives during their assault on Israel. | PSEREB>ISRCVL:181 PSEREB>ISR:190
            2022-03-01 | Russian soldiers looted villages during their offensive against Ukraine. | RUSMIL>UKR:190
            2024-07-09 | Modi praised Putin during his visit to Russia. | INDGOV>RUSGOV:051 INDGOV>RUS:042 RUS>INDGOV:043
            2024-07-09 | Modi praised Putin during a visit to Russia. | INDGOV>RUSGOV:051 INDGOV>RUS:042 RUS>INDGOV:043
            """)
    void theActorsOwnActDuringWhichItActedIsCoded(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-05-12 | The council voted to investigate abuses committed during Russia's invasion of Ukraine. |
            2023-02-20 | Activists documented crimes committed during Russia's invasion of Ukraine. |
            """)
    void anotherActorsActAfterDuringInsideANounPhraseIsNotCoded(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-01-10 | Georgians rallied in Tbilisi, and riot police dispersed them. | GEOCOP>GEOCVL:175
            2024-07-16 | Students marched in Dhaka, and police dispersed them with tear gas. | BGDCVL>BGDGOV:141 BGDCOP>BGDCVL:175
            2022-01-10 | Riot police dispersed them. |
            """)
    void themAfterARepressiveActIsThePeopleNamedBefore(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-04-14 | Pyongyang fired two ballistic missiles into the sea, Seoul's military said. |
            2023-04-14 | Russia launched 40 drones at Kyiv overnight, Ukraine's air force said. | RUS>UKR:195
            2018-05-21 | Venezuela ordered diplomats from Argentina, Chile and Peru to leave the country. | VEN>ARGGOV:161 VEN>CHLGOV:161 VEN>PERGOV:161
            """)
    void theSpeakerAfterACommaIsNoSlotOfTheVerbBefore(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-07-05 | Iran demanded that Britain release a tanker seized by British marines, calling the seizure piracy. | IRN>GBR:1053 IRN>GBR:111
            2021-04-02 | Beijing insisted that Washington withdraw its destroyer, calling the patrol a provocation. | CHNGOV>USAGOV:1056 CHNGOV>USAMIL:111
            """)
    void aParticipleOfWordsAfterADemandIsTheDemandersOwn(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            China said the United States had violated its airspace, calling the flight a provocation. | USA>
            Japan protested after China sent ships near the islands, calling the move unacceptable. | CHN>
            """)
    void theSubjectOfTheClauseInsideIsNotTheParticiplesSpeaker(String sentence, String notSource) {
        assertThat(events(sentence, LocalDate.of(2021, 4, 2))).noneMatch(e -> e.startsWith(notSource) && e.contains(":11"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-01-27 | Lula said Brazil would not send tank ammunition to Ukraine, rejecting a request from Germany. | BRA>DEU:120
            """)
    void aClauseOfTheSpeakersOwnStateKeepsTheParticiple(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-09-17 | France recalled its ambassadors to Washington and Canberra. | FRA>USA:161 FRA>AUS:161
            2004-07-14 | The Philippines pulled its troops out of Iraq, drawing criticism from Washington and Canberra. | PHL>IRQ:0874 USAGOV>PHL:111 AUSGOV>PHL:111
            """)
    void theSecondOfAPairOfCapitalsAfterAPlaceIsAPlaceToo(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-12-10 | Australia is weighing a diplomatic boycott of the Beijing Winter Olympics. | AUS>CHN:014
            2021-12-10 | Britain announced a diplomatic boycott of the Beijing Olympics. | GBR>CHN:143
            2021-12-10 | Beijing condemned the boycott by Britain. | CHNGOV>GBR:111
            """)
    void aCapitalNamedForWhatItHostsIsItsState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-05-13 | Two tankers were damaged in what Riyadh called a sabotage attack off the coast of the United Arab Emirates. |
            2019-05-13 | Moscow called off talks with Kyiv. | RUSGOV>UKRGOV:164
            """)
    void aParticleBelongsToItsVerbOnlyRightAfterIt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-04-14 | China's decision drew criticism from Australia. | AUS>CHN:111
            2023-04-14 | Beijing's move drew a sharp rebuke from Tokyo. | JPNGOV>CHNGOV:111
            2023-04-14 | The decision drew condemnation from the European Union. |
            2024-07-10 | Modi's visit to Moscow drew praise from the Kremlin. | RUS>INDGOV:051 INDGOV>RUS:042 RUS>INDGOV:043
            2019-02-01 | Seoul's offer of talks earned warm praise from Washington. | USA>KORGOV:051
            2019-02-01 | The ministry drew up plans with Washington. |
            """)
    void whatAnActDrawsFromOthersIsAimedAtItsAuthor(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-11-29 | Protesters gathered outside parliament in Tbilisi after the government suspended talks with the EU. | GEOGOV>IGOEUREEC:164
            2024-11-29 | Georgia's parliament passed the law, and the government suspended talks with the EU. | GEOGOV>IGOEUREEC:164
            """)
    void theGovernmentIsNoIndividualTakenFromTheLastOfficial(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected).noneMatch(e -> e.startsWith("GEOLEG>IGO"));
    }
}
