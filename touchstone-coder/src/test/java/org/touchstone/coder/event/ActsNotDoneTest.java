package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (fp24), events the gold does not have: acts the words say were not done. A clause opened by "as long as"
 * or "so long as" is a condition; an act that is neared ("closer to normalising", "on the verge of signing") is not
 * done; what one refused to let another do did not happen. Sentences written for this test. Each row is
 * "date | sentence | expected events" (space-separated, "-" for none).
 */
class ActsNotDoneTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-12-07 | Colombia said it would keep the border closed as long as Venezuela refused to release the detained Colombian soldiers. | -
            2022-12-07 | Colombia said it would keep the border closed so long as Venezuela refused to release the detained Colombian soldiers. | -
            2022-12-07 | Iran said it would not resume talks as long as the United States imposed sanctions on its oil exports. | IRN>USA:125
            """)
    void aClauseOfAsLongAsIsACondition(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-12-07 | Venezuela refused to release the detained Colombian soldiers. | VEN>COLMIL:1243
            2022-12-07 | The United States imposed sanctions on Iran's oil exports. | USA>IRN:163
            2022-12-07 | Iran imposed sanctions on the United States as long ago as 2019. | IRN>USA:163
            2024-07-10 | Britain would keep sending aid as long as it takes, Starmer said, and Germany pledged 500 tanks to Ukraine. | DEU>UKR:0332
            """)
    void theSameActsOutsideSuchAClauseStay(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-09-20 | Saudi Crown Prince Mohammed bin Salman said his country and Israel were getting closer every day to normalising relations. | SAUGOV>ISR:013
            2023-09-20 | Saudi Arabia and Israel came close to signing a peace treaty last year. | -
            2023-09-20 | Armenia and Azerbaijan are on the verge of signing a peace treaty, Blinken said. | -
            """)
    void anActThatIsNearedIsNotDone(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-09-20 | Armenia and Azerbaijan signed a peace treaty close to midnight on Friday. | ARM>AZE:057 AZE>ARM:057
            2023-09-20 | Russia moved troops close to the border with Ukraine. | RUS>UKR:154
            2023-09-20 | Russia moved its troops closer to Ukraine's border on Friday. | RUS>UKR:154
            """)
    void nearnessWithoutAGerundKeepsTheAct(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-10-15 | Myanmar's junta refused to let ASEAN's special envoy meet Aung San Suu Kyi. | MMRMIL>IGOSEAASN:120
            2021-10-15 | Myanmar's junta did not let ASEAN's special envoy meet Aung San Suu Kyi. | -
            2021-10-15 | Israel refused to let the UN envoy visit Gaza. | ISR>IGOUNO:120
            2021-10-15 | Russia never let Ukraine's foreign minister visit Moscow. | -
            """)
    void whatOneWasNotLetDoDidNotHappen(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-10-15 | Myanmar's junta let ASEAN's special envoy meet Aung San Suu Kyi on Friday. | IGOSEAASN>MMROPP:040 MMROPP>IGOSEAASN:040
            2021-10-15 | Israel let the UN envoy visit Gaza on Monday. | IGOUNO>PSE:042 PSE>IGOUNO:043
            """)
    void whatOneWasLetDoStays(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
