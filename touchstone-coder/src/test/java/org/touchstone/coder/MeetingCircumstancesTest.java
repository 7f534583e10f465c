package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Meetings, visits and calls that a sentence gives only as the circumstance of what was said or done, written for this
 * test (never gold or tuning sentences): "on a visit to" as well as "during a visit to", a phone call opening the
 * sentence with the one called addressed later, "at their first meeting", and a visit whose host the speaker
 * addresses (R13: the named host). Each row is "date | sentence | expected events" (all of them, in order).
 */
class MeetingCircumstancesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2005-11-21 | On a visit to Seoul, Putin said Russia wanted closer ties. | RUSGOV>KOR:042 KOR>RUSGOV:043
            2010-11-08 | Obama, on his first trip to India, praised its democracy. | USAGOV>IND:042 IND>USAGOV:043
            2006-04-20 | On a three-day visit to Riyadh, Hu Jintao signed an energy deal. | CHNGOV>SAU:042 SAU>CHNGOV:043
            """)
    void onAVisitIsWhereTheSubjectWent(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks focused on a visit to Beijing by Putin.
            Analysts commented on Putin's visit to Beijing.
            """)
    void aVisitThatIsTheTopicOfOnIsNoEvent(String sentence) {
        assertThat(events(sentence, LocalDate.of(2014, 5, 2))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2005-11-21 | In a phone call on Tuesday, Putin told Roh Moo-hyun that Russia wanted closer ties. | RUSGOV>KORGOV:041 KORGOV>RUSGOV:041
            2008-05-07 | In a telephone call, Hu Jintao told George W. Bush that Taiwan must not declare independence. | CHNGOV>USAGOV:041 USAGOV>CHNGOV:041
            2005-11-21 | Putin told Roh Moo-hyun at their first meeting that Russia wanted closer ties. | RUSGOV>KORGOV:040 KORGOV>RUSGOV:040
            2019-06-20 | Xi Jinping told Kim Jong Un during a state visit to Pyongyang that China would help. | CHNGOV>PRKGOV:042 PRKGOV>CHNGOV:043
            """)
    void aCallOrMeetingNamedBeforeTheWordsIsWithTheOneAddressed(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-16 | Fumio Kishida praised President Yoon Suk Yeol for his courage during a visit to Seoul. | JPNGOV>KOR:042
            2022-02-06 | Imran Khan told Chinese state television during his visit to Beijing that Pakistan would not take sides. | PAKGOV>CHN:042
            """)
    void aVisitStaysWithTheStateWhenTheHostIsNotAddressed(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    /** S32-12: an encounter held by video, virtually or online is no visit; a meeting so held is a call (041). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-11-21 | The G20 summit, hosted by Saudi Arabia, was held by video link on Saturday. | -
            2021-06-01 | Japan hosted a donors' conference for Afghanistan online on Tuesday. | -
            2021-11-16 | Biden and Xi held a virtual summit on Monday. | USAGOV>CHNGOV:041 CHNGOV>USAGOV:041
            2021-06-01 | Scott Morrison met Narendra Modi virtually on Thursday. | AUSGOV>INDGOV:041 INDGOV>AUSGOV:041
            2021-06-01 | Scott Morrison met Narendra Modi by videoconference on Thursday. | AUSGOV>INDGOV:041 INDGOV>AUSGOV:041
            """)
    void heldAtADistanceIsNoVisit(LocalDate date, String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, date, expected);
    }

    /** The distance is the marker's own clause's: a visit told in another clause stays a visit. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-11-21 | The G20 summit, hosted by Saudi Arabia, was held in Riyadh on Saturday. | IGOBUSGTW>SAU:043 SAU>IGOBUSGTW:042
            2021-06-01 | Scott Morrison met Narendra Modi in New Delhi on Thursday. | AUSGOV>INDGOV:042 INDGOV>AUSGOV:043
            2024-11-14 | Ali Khamenei welcomed Xi Jinping in Tehran, and the two leaders opened a power plant by video link. | CHNGOV>IRNGOV:042 IRNGOV>CHNGOV:043
            """)
    void aVisitInAnotherClauseStays(LocalDate date, String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, date, expected);
    }

    /**
     * S32-12 (session 35): a foreign legislature addressed in person hosts the speaker (042, 043 reversed): right after
     * "told" or after "an address to" in the verb's clause; by video it is no visit, and one's own is no visit at all.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-04-11 | Japanese Prime Minister Fumio Kishida told a joint meeting of the US Congress that Japan would stand with America. | JPNGOV>USALEG:042 USALEG>JPNGOV:043 JPN>USA:032
            2023-05-10 | Kenyan President William Ruto urged Somalia's government in an address to its parliament on Tuesday to hold elections. | KENGOV>SOMLEG:042 SOMLEG>KENGOV:043 KENGOV>SOMGOV:020
            2022-03-23 | In a video address to the Bundestag, Volodymyr Zelensky urged Germany to help Ukraine. | UKRGOV>DEU:023
            2023-05-10 | Kenyan President William Ruto told a joint session of parliament that Kenya would cut taxes. | -
            """)
    void aForeignLegislatureAddressedHostsTheSpeaker(LocalDate date, String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, date, expected);
    }

    /** The chamber that hosted the words neither speaks nor is spoken about: the guest's words name their own target. */
    @Test
    void theHostingChamberIsNoStatementParty() {
        var statements = CoderTestSupport.code("Kenyan President William Ruto urged Somalia's government in an address to its "
                + "parliament on Tuesday to hold elections.", LocalDate.of(2023, 5, 10)).statements();
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).speaker()).isEqualTo("KENGOV");
        assertThat(statements.get(0).targets()).containsExactly("SOMGOV");
    }
}
