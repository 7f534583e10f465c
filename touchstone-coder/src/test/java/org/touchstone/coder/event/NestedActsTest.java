package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts named inside what a speaker labels or threatens (session 19): the act in the object of a labelling verb is the
 * label's object (R6), no event of its own, and the label is aimed at the act's doer (R11: 111, or 1124 for a charge of
 * mass atrocities); a gerund after "for" is the reason of the words or act before it (R4, R7), with no subject of its
 * own, so it is no event and does not displace the threat it explains. Acts asserted in a "that" clause still code.
 * Sentences written for this test (never gold or tuning sentences). Each row is "date | sentence | expected | absent".
 */
class NestedActsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-10 | Turkey called Israel's offensive in Gaza a genocide. | TUR>ISR:1124 | ISR>PSE:190
            2024-01-10 | Ankara described Israel's military campaign in Gaza as genocide. | TURGOV>ISRMIL:1124 | ISRMIL>PSE:190
            2024-01-10 | South Africa branded Israel's war in Gaza genocide. | ZAF>ISR:1124 | ISR>PSE:190
            2022-03-10 | Germany described Russia's invasion of Ukraine as a crime. | DEU>RUS:111 | RUS>UKR:192
            2014-03-20 | The EU called Moscow's annexation of Crimea a violation of international law. | IGOEUREEC>RUSGOV:111 | RUSGOV>UKR:0874
            """)
    void anActSomeoneLabelsIsTheLabelsObject(LocalDate date, String sentence, String expected, String absent) {
        List<String> coded = events(sentence, date);
        assertThat(coded).contains(expected);
        assertThat(coded).noneMatch(e -> e.startsWith(absent.substring(0, absent.indexOf(':') + 3)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-05-12 | Russia called Finland's bid to join NATO a mistake. | RUS>FIN:111
            2022-05-12 | Moscow described Sweden's bid to join NATO as a provocation. | RUSGOV>SWE:111
            2022-05-12 | Russia said Finland would pay a price for joining NATO. | RUS>FIN:130
            2022-05-12 | Russia warned that Sweden would pay a heavy price for joining NATO. | RUS>SWE:130
            2022-05-12 | Moscow threatened to punish Sweden for joining NATO. | RUSGOV>SWE:137
            """)
    void aBidOrAReasonNamedInWordsIsNoJoining(LocalDate date, String sentence, String expected) {
        List<String> coded = events(sentence, date);
        assertThat(coded).contains(expected);
        assertThat(coded).noneMatch(e -> e.endsWith(":050") || e.startsWith("IGOWSTNAT"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-04-03 | Iran said Israel would pay a price for attacking its consulate in Damascus. | IRN>ISRGOV:130
            2024-04-03 | Beijing said Manila would face consequences for allowing US troops onto its bases. | CHNGOV>PHLGOV:130
            """)
    void aThreatExplainedByAGerundIsTheThreatOnly(LocalDate date, String sentence, String expected) {
        List<String> coded = events(sentence, date);
        assertThat(coded).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-14 | Ukraine said that Russia had attacked Kharkiv overnight. | RUS>UKR:190
            2024-05-14 | Kyiv said Russian forces shelled Kharkiv on Sunday. | RUSMIL>UKR:194
            2024-05-14 | Japan condemned the Russian missile strike on Kyiv. | JPN>RUSMIL:111
            2021-08-10 | Lithuania retaliated by expelling two Belarusian diplomats. | LTU>BLRGOV:161
            2024-01-10 | Turkey called for an end to Israel's offensive in Gaza. | TUR>ISR:020
            """)
    void assertedActsAndAppealsStillCode(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-10 | Turkey called Israel's offensive in Gaza a success.
            2024-01-10 | Turkey called for an end to Israel's offensive in Gaza.
            """)
    void noChargeWithoutALabelOfBlame(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":111") || e.endsWith(":1124"));
    }
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-07-30 | Nigeria said Niger's junta had one week to reinstate the president or face intervention. | NERMIL>NEROPP
            2023-07-30 | Washington said Caracas had 30 days to release the detained Americans. | VENGOV>USA
            2023-07-30 | The African Union gave Sudan's army 15 days to hand power to civilians. | SDNMIL>SDNCVL
            """)
    void timeGivenToDoSomethingIsAnUltimatumNotTheDeed(LocalDate date, String sentence, String deedPair) {
        List<String> coded = events(sentence, date);
        assertThat(coded).anyMatch(e -> e.endsWith(":139"));
        assertThat(coded).noneMatch(e -> e.startsWith(deedPair + ":"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-14 | Ukraine said Russia had attacked Kharkiv for three days to force a retreat. | RUS>UKR:190
            """)
    void aDeedThatLastedDaysIsNoUltimatum(LocalDate date, String sentence, String expected) {
        List<String> coded = events(sentence, date);
        assertThat(coded).contains(expected);
        assertThat(coded).noneMatch(e -> e.endsWith(":139"));
    }
}
