package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The encounter an asserted act was done at, named as the act's circumstance (session 18, {@link Encounters}): talks
 * 046, a call 041, a meeting 044 at a third place or a visit 042/043 in one party's country, coded beside the act.
 * Sentences written for this test (never gold or tuning sentences). Each row is "date | sentence | expected events".
 */
class MeetingBesideActsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2015-02-12 | Poroshenko and Putin agreed at talks in Minsk not to use force against each other. | UKRGOV>RUSGOV:046 RUSGOV>UKRGOV:046
            2015-02-12 | Armenia and Azerbaijan agreed during talks in Geneva not to use force against each other. | ARM>AZE:046 AZE>ARM:046
            2015-02-12 | Poroshenko and Putin agreed at talks in Minsk to exchange prisoners. | UKRGOV>RUSGOV:046 RUSGOV>UKRGOV:046
            2015-02-12 | During talks in Minsk on Friday, Poroshenko and Putin agreed to exchange prisoners. | UKRGOV>RUSGOV:046 RUSGOV>UKRGOV:046
            2015-02-12 | Poroshenko and Putin signed a ceasefire deal at talks in Minsk on Friday. | UKRGOV>RUSGOV:046 RUSGOV>UKRGOV:046
            """)
    void talksAnActWasDoneAtAreTheTalksPair(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-12-28 | Vladimir Putin apologised to Ilham Aliyev in a phone call on Saturday for the crash. | RUSGOV>AZEGOV:041 AZEGOV>RUSGOV:041
            2021-06-16 | Biden urged Xi in a phone call on Thursday to rein in North Korea. | USAGOV>CHNGOV:041 CHNGOV>USAGOV:041
            2021-06-16 | Macron thanked Modi in a telephone call for his support. | FRAGOV>INDGOV:041 INDGOV>FRAGOV:041
            """)
    void aCallAnActWasDoneInIsTheCallPair(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2014-09-05 | Meeting in Minsk on Friday, Poroshenko and Putin agreed to exchange prisoners. | UKRGOV>RUSGOV:044 RUSGOV>UKRGOV:044
            2014-09-05 | Meeting in Moscow on Friday, Poroshenko and Putin agreed to exchange prisoners. | UKRGOV>RUSGOV:042 RUSGOV>UKRGOV:043
            2023-05-07 | Visiting Seoul on Sunday, Kishida praised Yoon for his courage. | JPNGOV>KOR:042 KOR>JPNGOV:043
            """)
    void aMeetingOrVisitOpeningTheSentenceIsCodedBesideTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-10-30 | On the sidelines of the G20 summit in Rome, Modi told Erdogan that India wanted closer trade ties. | INDGOV>TURGOV:044 TURGOV>INDGOV:044
            2022-11-15 | Biden told Xi on the sidelines of the G20 summit in Bali that Washington opposed any change to the status quo. | USAGOV>CHNGOV:044 CHNGOV>USAGOV:044
            2023-05-07 | Visiting Tokyo on Monday, Lula told Kishida that Brazil would buy more Japanese cars. | BRAGOV>JPNGOV:042 JPNGOV>BRAGOV:043
            """)
    void wordsAddressedAtAnEncounterAddTheEncounter(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2014-09-05 | Poroshenko and Putin agreed to exchange prisoners after talks in Minsk collapsed.
            2014-09-05 | Poroshenko and Putin agreed to hold talks in Minsk.
            2021-06-16 | Biden praised Xi ahead of their phone call on Thursday.
            2024-06-14 | G7 leaders agreed at their summit in Italy to lend Ukraine 50 billion dollars.
            2023-09-16 | France, Germany and Italy signed a defence pact at a summit in Rome.
            2023-09-16 | The presidents of Kenya, Uganda and Tanzania signed a customs treaty at their joint summit in Arusha on Friday.
            2014-09-05 | Poroshenko and Putin told reporters at a press conference in Minsk that they would meet again.
            2023-05-07 | Lula told Kishida before a planned visit to Tokyo that Brazil would buy more Japanese cars.
            """)
    void noEncounterWhenPlannedFailedABodysOwnSummitOrAPressConference(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":046") || e.endsWith(":041") || e.endsWith(":044")
                || e.endsWith(":040") || e.endsWith(":042") || e.endsWith(":043"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-11-06 | Erdogan told visiting Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara that Turkey would extend the oil pipeline deal. | IRQGOV>TURGOV:042 TURGOV>IRQGOV:043
            2023-11-06 | Modi met visiting Japanese Prime Minister Fumio Kishida in New Delhi on Monday. | JPNGOV>INDGOV:042 INDGOV>JPNGOV:043
            2023-11-06 | Egypt's president asked Ethiopia to halt the dam's filling during a meeting with a visiting Ethiopian minister. | ETHGOV>EGYGOV:042 EGYGOV>ETHGOV:043
            2023-11-06 | Modi met Putin in Moscow after visiting Kishida in Tokyo. | INDGOV>JPNGOV:042 JPNGOV>INDGOV:043
            """)
    void visitingBeforeAPersonNamesTheGuest(LocalDate date, String sentence, String expected) {
        // "after visiting Kishida" is the subject's own visit: Modi stays the guest
        assertThat(events(sentence, date)).contains(expected.split(" "));
        String[] pair = expected.split(" ")[0].split(":")[0].split(">");
        assertThat(events(sentence, date)).doesNotContain(pair[1] + ">" + pair[0] + ":042");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Blinken praised Egypt's mediation during talks with Sisi in Cairo. | USAGOV>EGYGOV:046 EGYGOV>USAGOV:046 | PSEREB
            2023-08-10 | Blinken criticised Hamas during talks with Sisi in Cairo. | USAGOV>EGYGOV:046 EGYGOV>USAGOV:046 | PSEREB
            2023-08-10 | Scholz condemned Hamas during a phone call with Erdogan on Monday. | DEUGOV>TURGOV:041 TURGOV>DEUGOV:041 | PSEREB
            """)
    void theEncounterIsWithThePartnerItNamesNotWithTheObject(LocalDate date, String sentence, String expected, String object) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(object) && e.matches(".*:04\\d$"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Blinken criticised Hamas at a news conference in Cairo.
            2023-08-10 | Blinken condemned Hamas during talks in Cairo on Monday.
            """)
    void aStateOrGroupNamedAsTheObjectIsNoPartyOfTheEncounter(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.matches(".*:04\\d$"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-16 | Xi and Putin signed a gas deal during Putin's visit to Beijing. | RUSGOV>CHNGOV:042 CHNGOV>RUSGOV:043 | CHN
            2024-09-04 | Sisi and Erdogan signed 17 cooperation agreements during Sisi's first visit to Ankara. | EGYGOV>TURGOV:042 TURGOV>EGYGOV:043 | TUR
            2008-07-25 | During a visit to Tripoli, Sarkozy told Gaddafi that France would help Libya build a reactor. | FRAGOV>LBYGOV:042 LBYGOV>FRAGOV:043 | LBY
            """)
    void aHostMetFaceToFaceIsTheVisitsHostNotTheBareState(LocalDate date, String sentence, String expected, String bare) {
        // S7-2: the host acts with the visitor or is addressed by him; "praised Yoon" during a visit leaves KOR (above)
        assertThat(events(sentence, date)).contains(expected.split(" "));
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(">" + bare + ":04") || e.startsWith(bare + ">"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-02 | Erdogan and Aliyev signed a gas deal when they met in Baku. | TURGOV>AZEGOV:042 AZEGOV>TURGOV:043
            2024-05-02 | Xi praised Putin as a dear old friend when they met in Beijing on Tuesday. | RUSGOV>CHNGOV:042 CHNGOV>RUSGOV:043
            2024-05-02 | Putin and Lukashenko, meeting in Minsk, agreed to deepen military cooperation. | RUSGOV>BLRGOV:042 BLRGOV>RUSGOV:043
            2024-05-02 | Macron and Scholz, meeting in Paris on Monday, signed a defence pact. | DEUGOV>FRAGOV:042 FRAGOV>DEUGOV:043
            """)
    void aClauseOfThePairMeetingIsCodedBesideTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-02 | Putin and Lukashenko agreed to deepen cooperation when they meet next month in Minsk.
            2024-05-02 | Putin and Lukashenko agreed to deepen cooperation before they met in Minsk.
            2024-05-02 | Putin and Lukashenko agreed to deepen cooperation as they prepare to meet in Minsk.
            """)
    void aMeetingToComeOrBeforeTheActIsNoCircumstance(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.matches(".*:04\\d$"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-02 | Japan was urged by Blinken during talks in Tokyo to boost defence spending. | USAGOV>JPN:046 JPN>USAGOV:046
            2024-05-02 | Iran was warned by Macron during a phone call on Friday not to enrich uranium. | FRAGOV>IRN:041 IRN>FRAGOV:041
            2024-05-02 | Ukraine was praised by Scholz at a meeting in Berlin for its reforms. | UKR>DEUGOV:042 DEUGOV>UKR:043
            """)
    void theSubjectOfAPassiveActIsMetByItsAgent(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-02 | Ukraine was praised by Scholz for its reforms before talks in Berlin.
            2024-05-02 | Hamas was condemned by Blinken during talks in Cairo.
            """)
    void aPassiveSubjectOnlyTalkedAboutOrAGroupIsNotMet(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.matches(".*:04\\d$"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-05-02 | Japan's foreign minister delivered a letter from Abe to South Korea's prime minister in Seoul. | JPNGOV>KORGOV:042 KORGOV>JPNGOV:043
            2024-05-02 | Erdogan gave Putin a written proposal in Sochi. | TURGOV>RUSGOV:042 RUSGOV>TURGOV:043
            2024-05-02 | Blinken handed over a letter from Biden to Netanyahu in Jerusalem. | USAGOV>ISRGOV:042 ISRGOV>USAGOV:043
            """)
    void aThingHandedOverInOnePartysCountryIsAVisit(LocalDate date, String sentence, String expected) {
        // S7-2: "a letter handed over" in the host's country is a face-to-face encounter
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-02 | Ukraine handed Russia a heavy defeat in Kharkiv.
            2024-05-02 | Zelensky delivered a speech to Scholz in Berlin.
            2024-05-02 | Blinken handed Netanyahu a letter in Geneva.
            2024-05-02 | Macron delivered a letter to Putin.
            """)
    void noVisitForADefeatASpeechAThirdPlaceOrNoPlace(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":042") || e.endsWith(":043"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Lavrov told his Chinese counterpart during talks in Moscow that Russia valued its ties with China. | RUSGOV>CHNGOV:046 CHNGOV>RUSGOV:046
            2023-08-10 | Wang Yi assured his Russian counterpart by telephone that China would not supply weapons. | CHNGOV>RUSGOV:041 RUSGOV>CHNGOV:041
            2023-08-10 | Blinken told his Chinese counterparts during talks in Alaska that Washington would defend the rules. | USAGOV>CHNGOV:046 CHNGOV>USAGOV:046
            """)
    void theSpeakersCounterpartAfterAPossessiveIsTheHearer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Lavrov told his supporters during talks in Moscow that Russia valued its ties with China.
            """)
    void aPossessiveBeforeNoCounterpartNamesNoHearer(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.matches(".*:04\\d$"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Lavrov warned the United States at a joint news conference with his Chinese counterpart in Beijing. | RUSGOV>CHNGOV:042 CHNGOV>RUSGOV:043 | USA
            """)
    void aCounterpartAtAJointNewsConferenceIsThePartyNotTheObject(LocalDate date, String sentence, String expected, String object) {
        // S7-2: a face-to-face news conference in the host's capital is a visit; the state warned is no party of it
        assertThat(events(sentence, date)).contains(expected.split(" "));
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(object) && e.matches(".*:04\\d$"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Lavrov said at a joint news conference with Wang Yi in Moscow that Russia valued its ties with China. | CHNGOV>RUSGOV:042 RUSGOV>CHNGOV:043
            2023-08-10 | Erdogan told reporters at a joint press conference with Putin in Sochi that the grain deal would be revived. | TURGOV>RUSGOV:042 RUSGOV>TURGOV:043
            2023-08-10 | At a joint news conference with Scholz in Berlin, Macron criticised the slow pace of reform. | FRAGOV>DEUGOV:042 DEUGOV>FRAGOV:043
            2023-08-10 | Fidan said at a joint news conference with his Iraqi counterpart in Baghdad that the militants were a threat. | TURGOV>IRQGOV:042 IRQGOV>TURGOV:043
            """)
    void wordsSaidAtAnEncounterWithANamedPartnerAddTheEncounter(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Lavrov told reporters at a news conference in Moscow that Russia valued its ties with China.
            2023-08-10 | Lavrov said ahead of a joint news conference with Wang Yi in Moscow that Russia valued its ties with China.
            """)
    void wordsSaidWithNoPartnerOrBeforeTheEncounterAddNone(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.matches(".*:04\\d$"));
    }
}
