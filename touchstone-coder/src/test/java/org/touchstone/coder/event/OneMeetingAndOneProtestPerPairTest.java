package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 27 (fp27), events the gold does not have: one act told twice. A meeting named again by a noun ("..., the
 * first meeting between the two leaders") is the same encounter (R13: one code per meeting), and a crowd's protest with
 * the demand its participle voices ("marched ..., demanding that X step down") is one protest (R5), whose kind the aim
 * sharpens (1411, 1441; a storming for a leader's resignation 1451, S36-8). Sentences written for this test. Each row is "date | sentence | expected events"
 * (space-separated, "-" for none).
 */
class OneMeetingAndOneProtestPerPairTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Thousands of Serbians marched through Belgrade on Saturday, demanding that President Aleksandar Vucic step down. | SRBCVL>SRBGOV:1411
            2023-03-15 | Farmers blocked roads across Kenya on Monday, demanding the resignation of President William Ruto. | KENCVL>KENGOV:1441
            2023-03-15 | Tens of thousands of Georgians rallied in Tbilisi on Sunday, demanding that the government withdraw the foreign agents bill. | GEOCVL>GEOGOV:1412
            2023-03-15 | Protesters stormed the presidential palace in Lima on Sunday, demanding that President Dina Boluarte resign. | PERCVL>PERGOV:1451
            2023-03-15 | Hundreds of protesters stormed the office of Prime Minister Edi Rama in Tirana on Friday, demanding his resignation. | ALBCVL>ALBGOV:1451
            """)
    void aProtestAndTheDemandItVoicesAreOneProtest(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-10-23 | Modi and Xi met in Kazan on Wednesday, the first formal meeting between the two leaders in five years. | CHNGOV>INDGOV:044 INDGOV>CHNGOV:044
            """)
    void aMeetingNamedAgainIsOneEncounter(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    /** Session 33: a visit to the capital and the meeting with the leader there are one visit, between the roles named. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | The Belgian prime minister made an unannounced visit to Kyiv on Tuesday, touring the town of Irpin with Zelensky. | BELGOV>UKRGOV:042 UKRGOV>BELGOV:043
            """)
    void aVisitToTheStateAndItsLeaderIsOneVisit(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Thousands of protesters marched in Nairobi on Tuesday, and police fired tear gas at them. | KENCVL>KENGOV:141 KENCOP>KENCVL:175
            """)
    void actsOfOtherPairsStay(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @Test
    void theAimSharpensTheKindOfProtest() {
        assertThat(ActsToldTwice.protestFor("141", "1411")).isEqualTo("1411");
        assertThat(ActsToldTwice.protestFor("144", "1412")).isEqualTo("1442");
        assertThat(ActsToldTwice.protestFor("140", "1411")).isEqualTo("1411");
        assertThat(ActsToldTwice.protestFor("143", "140")).isEqualTo("143");
        assertThat(ActsToldTwice.protestFor("1441", "1411")).isEqualTo("1441");
    }
}
