package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34 (miss34b), acts a sentence names but does not report as done, and postures caused by another's act: talks
 * named as a noun whose clause says they have not been held ("have not resumed", "never took place", "have yet to
 * begin"); the demanded verb of a demand whose "that" is left out ("demanding he resign"); someone flown somewhere by
 * another ("flew them to"); jets scrambled in every tense, aimed at the doer of the act that prompted them (S30-13).
 * Sentences written for this test. Each row is "date | sentence | expected events" (space-separated, "-" for none).
 */
class MeetingsNotHeldAndBareDemandsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Talks between Egypt and Ethiopia over the dam have not resumed since December. | -
            2023-05-02 | Negotiations between Serbia, Kosovo and the EU have never resumed. | -
            2023-05-02 | Peace talks between Armenia and Azerbaijan have yet to begin. | -
            2023-05-02 | A summit between Putin and Zelensky did not take place. | -
            2023-05-02 | Talks between Egypt and Ethiopia resumed in Cairo on Monday. | EGY>ETH:046 ETH>EGY:046
            2023-05-02 | Talks between Armenia and Azerbaijan have resumed in Washington. | ARM>AZE:046 AZE>ARM:046
            """)
    void talksSaidNotHeldAreNone(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Thousands of protesters stormed the official residence of Pakistani Prime Minister Shehbaz Sharif in Islamabad, demanding he resign over rising prices. | PAKCVL>PAKGOV:145
            2023-05-02 | Thousands of protesters besieged the office of Peruvian President Dina Boluarte in Lima, demanding she step down. | PERCVL>PERGOV:145
            2023-05-02 | Israel demanded Hamas release the hostages. | ISR>PSEREB:1053
            2023-05-02 | China demanded the United States stop arms sales to Taiwan. | CHN>USA:1056
            """)
    void aDemandedVerbWithoutThatIsNotDone(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Belarus freed the activists and flew them to Lithuania. | BLR>BLRCVL:0841
            2023-05-02 | Russia released the journalist and flew him to Ankara. | RUS>RUSMED:0841
            2023-05-02 | Blinken flew to Beijing on Sunday. | USAGOV>CHN:042 CHN>USAGOV:043
            """)
    void peopleFlownSomewhereMakeNoVisit(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | North Korean drones crossed into South Korean airspace, prompting Seoul to scramble fighter jets. | PRKMIL>KOR:150 KORGOV>PRKMIL:152
            2023-05-02 | Russian bombers flew near Alaska, forcing the United States to scramble jets. | RUSMIL>USA:150 USA>RUSMIL:152
            2023-05-02 | Japan was scrambling jets as Chinese aircraft neared its airspace. | JPN>CHNMIL:152
            """)
    void jetsScrambledAnswerTheActThatPromptedThem(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
