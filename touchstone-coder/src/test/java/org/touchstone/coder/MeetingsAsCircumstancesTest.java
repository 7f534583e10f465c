package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.code;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Meetings, talks, visits and calls given as the circumstance of what was agreed, pledged or said (session 13), written
 * for this test (never gold or tuning sentences): an infinitive after the circumstance is the governor's complement,
 * "their talks" are the 046 pair with the one addressed, two parties' own meeting at a named place is 044 or a visit, a
 * summit is no meeting with a state named only as a beneficiary, and a speech act after a call is the caller's words.
 * Each row is "date | sentence | expected events".
 */
class MeetingsAsCircumstancesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2014-09-05 | Poroshenko and Putin agreed at their talks in Minsk not to use force against each other. | UKRGOV>RUSGOV:0356 RUSGOV>UKRGOV:0356 UKRGOV>RUSGOV:046 RUSGOV>UKRGOV:046
            2022-06-11 | Olaf Scholz promised on a visit to Kyiv on Saturday to deliver air defence systems to Ukraine. | DEUGOV>UKR:042 UKR>DEUGOV:043 DEUGOV>UKR:0332
            2022-06-11 | The Japanese foreign minister vowed during a trip to Manila to supply patrol boats to the Philippines. | JPNGOV>PHL:042 PHL>JPNGOV:043 JPNGOV>PHL:0332
            2018-06-12 | EU leaders agreed at their summit in northern Spain to send aid to Morocco. | IGOEUREEC>MAR:033
            2018-06-12 | NATO leaders agreed at their summit in Vilnius to send aid to Ukraine. | IGOWSTNAT>UKR:033
            2023-03-21 | The EU agreed at a summit in Brussels to impose sanctions on Belarus. | IGOEUREEC>BLR:1312
            """)
    void anInfinitiveAfterAMeetingIsWhatWasAgreedOrPledged(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2015-06-10 | Angela Merkel and Francois Hollande agreed at their meeting in Rome on Tuesday to coordinate refugee policy. | DEUGOV>FRAGOV:044 FRAGOV>DEUGOV:044
            2015-06-10 | Shinzo Abe and Narendra Modi agreed at their meeting in Tokyo on Monday to build a railway. | JPNGOV>INDGOV:043 INDGOV>JPNGOV:042
            """)
    void theirOwnMeetingAtAPlaceIsAThirdPlaceOrAVisit(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
        assertThat(events(sentence, date)).noneMatch(e -> e.contains("ITA") || e.contains(":040"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-21 | Lula urged Xi Jinping to help end the war during their talks in Beijing. | BRAGOV>CHNGOV:046 CHNGOV>BRAGOV:046
            2023-03-21 | Erdogan pressed Putin to extend the grain deal during their negotiations in Sochi. | TURGOV>RUSGOV:046 RUSGOV>TURGOV:046
            2023-03-21 | Macron told Xi Jinping during their talks in Beijing that France wanted peace. | FRAGOV>CHNGOV:046 CHNGOV>FRAGOV:046
            """)
    void theirTalksAreWithTheOneAddressed(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" ")).noneMatch(e -> e.endsWith(":042") || e.endsWith(":043"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-12-14 | Viktor Orban vetoed a 50-billion-euro EU aid package for Ukraine at a summit in Brussels. | HUNGOV>UKR:129
            2023-03-21 | Poland vetoed an EU loan for Ukraine at a meeting in Luxembourg. | POL>UKR:129
            2023-03-21 | Hungary blocked a joint declaration on sanctions against Russia at a summit in Brussels. | HUN>RUS:129
            """)
    void aSummitIsNoMeetingWithAStateNamedOnlyAsBeneficiary(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-05-21 | Ramaphosa rejected Trump's claims during a tense meeting in Washington on Wednesday. | ZAFGOV>USAGOV:042 USAGOV>ZAFGOV:043
            """)
    void aMeetingWithAPersonAbroadStaysAVisit(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks focused on a visit to Kyiv to discuss aid for Ukraine.
            Scholz said in a speech to parliament that Germany would send tanks to Ukraine.
            """)
    void aTopicOrASpeechIsNoMeeting(String sentence) {
        assertThat(events(sentence, LocalDate.of(2023, 3, 21))).noneMatch(e -> e.contains(":04"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-18 | Narendra Modi telephoned Joe Biden on Friday to thank him for the vaccines. | INDGOV>USAGOV:041 USAGOV>INDGOV:041 INDGOV>USAGOV:051
            2021-03-18 | Modi phoned Putin to congratulate him on his victory. | INDGOV>RUSGOV:041 RUSGOV>INDGOV:041 INDGOV>RUSGOV:051
            2023-02-07 | Scholz phoned Erdogan to offer condolences after the earthquake. | DEUGOV>TURGOV:041 TURGOV>DEUGOV:041 DEUGOV>TURGOV:018
            """)
    void wordsAfterACallAreSaidToTheOneCalled(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
        assertThat(code(sentence, date).statements()).singleElement().satisfies(st -> assertThat(st.audience().toString()).isEqualToIgnoringCase("target"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-18 | Modi phoned Putin to discuss trade. | INDGOV>RUSGOV:041 RUSGOV>INDGOV:041
            2021-03-18 | Modi urged Putin to praise the deal. | INDGOV>RUSGOV:020
            """)
    void anActThatIsNoSpeechOrAnAppealAddsNothing(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-20 | Olaf Scholz flew to Beijing, where Xi Jinping received him. | DEUGOV>CHNGOV:042 CHNGOV>DEUGOV:043
            2023-02-20 | Emmanuel Macron travelled to Brasilia on Tuesday, where Lula greeted him with a hug. | FRAGOV>BRAGOV:042 BRAGOV>FRAGOV:043
            2023-02-20 | Joe Biden made a surprise trip to Warsaw, where Andrzej Duda welcomed him. | USAGOV>POLGOV:042 POLGOV>USAGOV:043
            """)
    void aHostNamedWhereTheVisitorWentIsTheHost(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Olaf Scholz flew to Beijing, where protesters greeted him.
            Olaf Scholz flew to Beijing, where he met students.
            """)
    void crowdsOrAnUnnamedHostLeaveTheVisitToTheState(String sentence) {
        assertThat(events(sentence, LocalDate.of(2023, 2, 20))).contains("DEUGOV>CHN:042", "CHN>DEUGOV:043");
    }
}
