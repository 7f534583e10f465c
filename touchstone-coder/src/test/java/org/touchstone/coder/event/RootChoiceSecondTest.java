package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Root choice between an encounter (04) and the act done at it (session 20): the pair of a sentence is coded, but the
 * meeting, visit or call at which it acted was lost to another root. Sentences written for this test (never gold or
 * tuning sentences). Each row is "date | sentence | expected events".
 */
class RootChoiceSecondTest {

    /** A visit named by its noun with the visitor as a by-agent before the place: "a visit by X to Y" (R13, S7-2). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2017-09-14 | India and Japan signed a nuclear cooperation pact during a visit by Japanese Prime Minister Shinzo Abe to New Delhi. | JPNGOV>IND:042 IND>JPNGOV:043 IND>JPN:057
            2019-04-26 | Russia and North Korea agreed to expand trade during a state visit by Kim Jong Un to Vladivostok. | PRKGOV>RUS:042 RUS>PRKGOV:043
            2024-05-16 | China and Russia signed a joint statement during an official visit by Vladimir Putin to Beijing. | RUSGOV>CHN:042 CHN>RUSGOV:043 CHN>RUS:057
            2023-03-21 | The two countries signed a trade deal during a visit by Xi Jinping to Moscow. | CHNGOV>RUS:042 RUS>CHNGOV:043
            """)
    void visitByAgentBeforeItsPlace(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    /**
     * A visit named by its visitor only ("a visit by X", "X's visit"), the act's own "in" place before it: the visitor is
     * that place's state's guest (R13), when the act runs between the two states.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-12 | Mongolia signed a trade deal with Japan in Tokyo during a visit by Mongolian President Ukhnaa Khurelsukh. | MNGGOV>JPN:042 JPN>MNGGOV:043 MNG>JPN:057
            2023-06-12 | Mongolia and Japan signed a trade deal in Tokyo on Monday during Ukhnaa Khurelsukh's visit for an investment forum. | MNGGOV>JPN:042 JPN>MNGGOV:043
            2023-06-12 | Two energy accords were signed by Mongolia and Japan in Tokyo on Monday, during a state visit by Ukhnaa Khurelsukh. | MNGGOV>JPN:042 JPN>MNGGOV:043
            """)
    void visitorOnlyAtTheActsPlace(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    /** The visitor is the place's own, or the act does not run between the visitor's and the place's states. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-12 | Mongolia and Japan signed a trade deal in Tokyo during a visit by Japanese Prime Minister Fumio Kishida. | :042
            2023-06-12 | Mongolia and Japan signed a trade deal in Tokyo, and protests broke out during a visit by Ukhnaa Khurelsukh. | :042
            2023-06-12 | Chile and Peru signed a fisheries pact in Tokyo during a visit by Chilean President Gabriel Boric. | :042
            """)
    void noVisitToThePlaceOfAnotherPair(LocalDate date, String sentence, String unexpected) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(unexpected));
    }

    /** No place after the visitor, a visit only planned or criticised: no visit coded from the noun. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-16 | China and Russia signed a joint statement during a visit by Putin. | :042
            2024-05-16 | Russia criticised a planned visit by Japanese Prime Minister Fumio Kishida to Kyiv. | :042
            """)
    void noVisitWithoutPlaceOrWhenOnlyPlanned(LocalDate date, String sentence, String unexpected) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(unexpected));
    }

    /**
     * The words end before the speaker's own encounter clause: the remark is coded beside the meeting (R1, R3d, R13; a
     * new chapter or era is optimism, 013).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-16 | President Yoon said relations with Japan could open a new chapter as he held talks in Tokyo with Fumio Kishida. | KORGOV>JPN:013 KORGOV>JPNGOV:046
            2023-03-16 | Yoon said ties with Japan had entered a new era as he met Kishida in Tokyo. | KORGOV>JPN:013 KORGOV>JPNGOV:042
            2023-03-16 | Yoon said relations with Japan were excellent while he visited Tokyo. | KORGOV>JPN:010 KORGOV>JPN:042
            2023-03-16 | Yoon said relations with Japan could open a new chapter when he met Kishida in Tokyo on Thursday. | KORGOV>JPN:013 JPNGOV>KORGOV:043
            """)
    void wordsEndBeforeTheSpeakersEncounter(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    /** A clause of another subject's act after "as" stays in the words: the act is coded, no remark besides it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-16 | Yoon said relations with Japan had suffered as Tokyo imposed export curbs on Seoul. | JPNGOV>KORGOV:163 | KORGOV>JPN:010
            """)
    void otherClauseAfterAsStaysInTheWords(LocalDate date, String sentence, String expected, String unexpected) {
        assertThat(events(sentence, date)).contains(expected).doesNotContain(unexpected);
    }

    /** Circumstances set off by commas before ", that": the meeting is how the words were said, the words are coded. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2006-09-16 | Manmohan Singh told reporters in Havana, after meeting Pervez Musharraf at the summit, that the peace process with Pakistan was irreversible. | INDGOV>PAK:010
            2006-09-16 | Manmohan Singh told reporters, after meeting Pervez Musharraf in Havana, that relations with Pakistan were excellent. | INDGOV>PAK:010 INDGOV>PAKGOV:044
            2023-06-01 | Erdogan said, during talks with Putin in Sochi, that relations with Russia had never been stronger. | TURGOV>RUS:013 TURGOV>RUSGOV:046
            2023-06-01 | Sisi told reporters in Cairo, after a meeting with Abiy, that relations with Ethiopia were excellent. | EGYGOV>ETH:010
            """)
    void wordsAfterCommaCircumstances(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    /** A relative clause between the commas is no circumstance: the words are not re-opened after it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-01 | Sisi told reporters in Cairo, which he called the heart of Africa, that relations with Ethiopia were excellent. | EGYGOV>ETH:010
            """)
    void relativeClauseIsNoCircumstance(LocalDate date, String sentence, String unexpected) {
        assertThat(events(sentence, date)).doesNotContain(unexpected);
    }
}
