package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.code;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar of "call" (session 22): "call for" and "call on" read their particle only right after the verb or past a
 * circumstance, never past an object of the verb's own (a label's "assault on", "retaliation for"); a label the
 * speaker adds in a participle after its own words is a further stance (S7-6), but not after its own deed (R5) nor in
 * the root of the words; a relative clause inside the labelled object does not hide the label. Sentences written for
 * this test (never gold or tuning sentences). Each row is "date | sentence | event".
 */
class LabelsOfCallTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Germany condemned the poisoning of the opposition leader, calling it an attack on Russian civil society. | 020
            2023-05-01 | China called the tariffs a mistake on Monday. | 020
            2023-05-01 | Beijing called the sanctions a provocation on Tuesday. | 020
            2023-05-01 | Japan tightened curbs on exports of chip materials to South Korea, a move Seoul called retaliation for court rulings. | 020
            2023-05-01 | Iran fired missiles at two Iraqi bases housing US troops, in what Tehran called revenge for the killing of its general. | 020
            """)
    void aLabelsPrepositionIsNoAppeal(LocalDate date, String sentence, String appeal) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":" + appeal));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | China called on Monday for talks between Russia and Ukraine. | CHN>RUS:026
            2023-05-01 | Turkey called again on Sweden to extradite the suspects. | TUR>SWE:0213
            2023-05-01 | The European Union called in a statement for the release of the activists held by Iran. | IGOEUREEC>IRN:0253
            2023-05-01 | Ukraine called on Russia to withdraw its troops. | UKR>RUS:0256
            """)
    void anAppealPastACircumstanceStillCodes(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | China urged Japan to scrap its plan to release treated water into the sea, calling it irresponsible. | CHN>JPN:0242 | CHN>JPN:111
            2023-05-01 | Russia demanded that Norway release the detained fishing crew, calling the seizure piracy. | RUS>NOR:1053 | RUS>NOR:111
            """)
    void aLabelAfterTheSpeakersOwnWordsIsAFurtherStance(LocalDate date, String sentence, String words, String label) {
        assertThat(events(sentence, date)).containsExactly(words, label);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | China's military launched drills around Taiwan, calling them a stern warning. | CHNMIL>TWN:150
            2023-05-01 | Oman expelled two Iranian diplomats, calling their conduct unacceptable. | OMN>IRNGOV:161
            2023-05-01 | Japan lodged a protest with Seoul over the ruling, calling it regrettable. | JPN>KORGOV:114
            """)
    void aLabelAfterTheOwnDeedOrInTheSameRootAddsNothing(LocalDate date, String sentence, String only) {
        assertThat(events(sentence, date)).containsExactly(only);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Zelensky called the strike that destroyed the dam a terrorist attack masterminded by Moscow. | UKRGOV>RUSGOV:112
            2023-05-01 | Erdogan called the raid which killed nine activists an act of state terrorism by Israel. | TURGOV>ISR:112
            """)
    void aRelativeClauseInTheLabelledObjectHidesNoLabel(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Russian drones struck a power plant near Kyiv, and Ukraine's foreign minister called it a new crime. | UKRGOV>RUSMIL:111
            """)
    void anItLabelledAfterAnActIsAboutItsDoer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Obama praised the accord in a televised address from the White House, while Netanyahu called it a historic mistake.
            2023-05-01 | Putin called the leaders who attended the summit to discuss the crisis.
            """)
    void noLabelWithoutALabelledActOrALabel(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2023-05-01 | Erdogan called Putin his "dear friend" as the two leaders agreed to expand trade. | TURGOV | 051
            2023-05-01 | Lula called Biden's visit wonderful after the two leaders signed a pact on workers' rights. | BRAGOV | 051
            """)
    void aLabelEndsBeforeASubordinateClause(LocalDate date, String sentence, String speaker, String stance) {
        assertThat(code(sentence, date).statements()).filteredOn(st -> st.speaker().equals(speaker))
                .extracting(st -> st.code()).containsExactly(stance);
    }
}
