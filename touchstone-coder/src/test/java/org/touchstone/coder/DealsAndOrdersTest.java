package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deals and orders (second wave, session 13), written for this test from the CAMEO 1.1b3 manual and ordinary news
 * English (never gold or tuning sentences): a state ordered to shut or shrink its own mission has its relations
 * reduced as a government (161 toward the government whose the mission is); a Taliban negotiator named by
 * surname signs a deal as the insurgency (AFGREB) before August 2021; a trip "to" a state "for a summit / talks / a
 * meeting with" its own leader is a visit to that host (R13), a partner of no host leaves the state; a summit or
 * meeting of two cut short or ended "without" an agreement is the 164 pair, as such talks are; drafts, treaties, notes or letters an actor publishes or sends "demanding"
 * something are its demand. Each row is "date | sentence | expected events";
 * the near misses list every event the sentence gives.
 */
class DealsAndOrdersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-07-22 | The United States ordered China to close its consulate in Houston within 72 hours. | USA>CHNGOV:161
            2020-07-24 | Beijing ordered Washington to shut its consulate in Chengdu. | CHNGOV>USAGOV:161
            2021-03-10 | Moscow ordered Poland to close its consulate general in Smolensk by Friday. | RUSGOV>POLGOV:161
            2020-07-22 | Washington ordered Beijing to vacate its consulate in Houston by Friday. | USAGOV>CHNGOV:161
            2023-06-07 | Estonia ordered Russia to cut its embassy staff by half. | EST>RUSGOV:161
            2020-02-29 | Khalilzad and Baradar signed an agreement in Doha. | USAGOV>AFGREB:057 AFGREB>USAGOV:057
            2020-02-29 | US envoy Zalmay Khalilzad and Mullah Baradar signed a deal in Doha. | USAGOV>AFGREB:057 AFGREB>USAGOV:057
            2019-10-09 | Xi Jinping would travel to India later this week for an informal summit with Narendra Modi. | CHNGOV>INDGOV:036
            2019-10-11 | Xi Jinping flew to India on Friday for a summit with Modi. | CHNGOV>INDGOV:042 INDGOV>CHNGOV:043
            2023-03-16 | Kishida travelled to Seoul for a meeting with President Yoon Suk Yeol. | JPNGOV>KORGOV:042 KORGOV>JPNGOV:043
            2019-10-09 | Xi Jinping will visit India next week for an informal summit with Narendra Modi. | CHNGOV>INDGOV:036
            2019-02-28 | Donald Trump and Kim Jong Un cut short their summit in Hanoi without reaching any agreement. | USAGOV>PRKGOV:164 PRKGOV>USAGOV:164
            2019-02-28 | Donald Trump and Kim Jong Un ended their summit in Vietnam without a deal. | USAGOV>PRKGOV:164 PRKGOV>USAGOV:164
            2021-09-29 | Putin and Erdogan wrapped up their meeting in Sochi without any breakthrough. | RUSGOV>TURGOV:164 TURGOV>RUSGOV:164
            2021-12-17 | Russia published draft treaties demanding that NATO withdraw forces from eastern Europe. | RUS>IGOWSTNAT:1056
            2021-12-17 | Moscow released drafts demanding that NATO withdraw its troops from the Baltic states. | RUSGOV>IGOWSTNAT:1056
            2022-10-03 | Poland sent Germany a diplomatic note demanding reparations. | POL>DEU:1031
            2024-02-01 | Thailand's Constitutional Court ordered parliament to hold a new vote on the prime minister. | THAJUD>THALEG:100
            """)
    void codesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-07-22 | The United States ordered its diplomats to close the consulate in Chengdu. |
            2020-07-22 | China was ordered to close its consulate in Houston. |
            2020-07-22 | The governor ordered schools to close on Friday. |
            2009-01-10 | Baradar led the Taliban's fight in the south. |
            2023-05-20 | Modi flew to Japan for a summit with African leaders. | INDGOV>JPN:042 JPN>INDGOV:043
            2021-09-29 | Putin and Erdogan ended their meeting in Sochi on Wednesday. |
            2021-12-17 | Russia published draft treaties on Friday. |
            2021-09-29 | The prime minister cut short his visit to Sochi without explanation. |
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }

    /** Session 33 (left33a): "ordered diplomats from X and Y to leave" expels each state's diplomats (161). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Niger ordered diplomats from France and Germany to leave. | NER>FRAGOV:161 NER>DEUGOV:161
            2023-05-10 | Mali ordered diplomats from Sweden out. | MLI>SWEGOV:161
            """)
    void diplomatsFromStatesOrderedOut(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }
}
