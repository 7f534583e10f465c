package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Talks and calls written for this test (never gold or tuning sentences): talks counted by their days or rounds
 * ("held two days of talks", "a second round of negotiations"), one named with "his counterpart" as the other party,
 * and a call to a premier spelled as wires spell him. Each row is "date | sentence | expected events".
 */
class TalksAndEpithetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2016-03-02 | Sergei Lavrov held two days of talks with Pavlo Klimkin in Geneva. | RUSGOV>UKRGOV:046 UKRGOV>RUSGOV:046
            2016-03-02 | Sergei Lavrov and Pavlo Klimkin held three rounds of negotiations in Minsk. | RUSGOV>UKRGOV:046 UKRGOV>RUSGOV:046
            2016-03-02 | Sergei Lavrov held a second round of talks with Pavlo Klimkin on Monday. | RUSGOV>UKRGOV:046 UKRGOV>RUSGOV:046
            2016-03-02 | Sergei Lavrov held several hours of consultations with Pavlo Klimkin. | RUSGOV>UKRGOV:046 UKRGOV>RUSGOV:046
            """)
    void talksCountedByDaysOrRoundsAreTalks(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two sides held three days of talks but reached no deal.
            Sergei Lavrov spent two days of talks silent.
            """)
    void talksWithoutTwoNamedPartiesAreNoEvent(String sentence) {
        assertThat(events(sentence, LocalDate.of(2016, 3, 2))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2016-03-02 | Sergei Lavrov and his Ukrainian counterpart held talks in Berlin. | RUSGOV>UKRGOV:046 UKRGOV>RUSGOV:046
            2016-03-02 | Sergei Lavrov and his Ukrainian counterpart met in Berlin on Monday. | RUSGOV>UKRGOV:044 UKRGOV>RUSGOV:044
            2016-03-02 | Sergei Lavrov and his Ukrainian counterpart held two days of talks in Vienna. | RUSGOV>UKRGOV:046 UKRGOV>RUSGOV:046
            2016-03-02 | Sergei Lavrov and his Ukrainian counterpart Pavlo Klimkin held talks in Geneva. | RUSGOV>UKRGOV:046 UKRGOV>RUSGOV:046
            2016-03-02 | Sergei Lavrov and his counterpart Pavlo Klimkin signed a deal in Minsk. | RUSGOV>UKRGOV:057 UKRGOV>RUSGOV:057
            """)
    void oneAndHisCounterpartAreBothParties(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sergei Lavrov and his deputy held talks in Berlin.
            Sergei Lavrov and his aides met in Berlin on Monday.
            """)
    void oneAndHisOwnStaffAreNoPair(String sentence) {
        assertThat(events(sentence, LocalDate.of(2016, 3, 2))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2010-09-01 | Hamid Karzai telephoned Yousuf Raza Gilani on Wednesday. | AFGGOV>PAKGOV:041 PAKGOV>AFGGOV:041
            2010-09-01 | Hamid Karzai phoned Yusuf Raza Gillani to offer condolences. | AFGGOV>PAKGOV:041 PAKGOV>AFGGOV:041
            """)
    void aPremierSpelledAsWiresSpellHimIsCalled(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2015-06-08 | Erdogan told Putin by telephone that Turkey wanted a ceasefire. | TURGOV>RUSGOV:041 RUSGOV>TURGOV:041
            2015-06-08 | Erdogan assured Putin by phone that Turkey would stay neutral. | TURGOV>RUSGOV:041 RUSGOV>TURGOV:041
            2015-06-08 | Erdogan urged Putin over the phone to agree to a ceasefire. | TURGOV>RUSGOV:041 RUSGOV>TURGOV:041 TURGOV>RUSGOV:0256
            2015-06-08 | Erdogan warned Putin on the telephone that Turkey would respond. | TURGOV>RUSGOV:041 RUSGOV>TURGOV:041 TURGOV>RUSGOV:130
            """)
    void wordsToTheOneCalledAreACall(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Erdogan told reporters by telephone that Turkey wanted a ceasefire.
            Erdogan told Putin by letter that Turkey wanted a ceasefire.
            Erdogan did not tell Putin by phone that Turkey wanted a ceasefire.
            """)
    void noCallWithoutAnAddressedActorOrAPhone(String sentence) {
        assertThat(events(sentence, LocalDate.of(2015, 6, 8))).noneMatch(e -> e.endsWith(":041"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            2019-10-09 | Ankara said it "categorically rejects" the accusations by Greece. | TURGOV>GRC:016
            2019-10-09 | China said it "strongly condemns" North Korea. | CHN>PRK:111
            2019-10-09 | Beijing said it "firmly opposes" Japan's decision. | CHNGOV>JPN:111
            2019-10-09 | Turkey "strongly rejects" the French resolution, the foreign ministry said. | TUR>FRA:120
            """)
    void aQuoteOpenedOnTheVerbKeepsItsSubject(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "We will fight back," said Erdogan.
            China said it "resolutely opposes" the plan, language Beijing reserves for its rivals.
            """)
    void noQuotedVerbGroupWithoutASubjectOrAgainstOneself(String sentence) {
        assertThat(events(sentence, LocalDate.of(2019, 10, 9))).noneMatch(e -> e.contains(":11") || e.contains(":12"));
    }
}
