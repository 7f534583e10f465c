package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "inter-Korean" after a mention of one Korea only is the other Korea: what the two share, acted on by one of them, is
 * aimed at the other (session 25). With no Korea or both named before it, it names no side. Constructed sentences.
 */
class InterKoreanTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-06-16 | North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday. | PRK>KOR:1712
            2020-06-16 | North Korea blew up the inter-Korean liaison office on Tuesday, days after Kim Yo Jong threatened action against Seoul. | PRK>KOR:1712
            2020-06-16 | Pyongyang demolished the inter-Korean liaison office in Kaesong on Tuesday. | PRKGOV>KOR:1712
            2023-11-22 | South Korea scrapped an inter-Korean military agreement on Wednesday. | KOR>PRK:1212
            """)
    void theOtherKoreaOfTheOneNamedFirst(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-04-27 | Inter-Korean talks resumed in Panmunjom on Friday.
            2018-09-19 | The inter-Korean liaison office was blown up on Tuesday.
            """)
    void noKoreaNamedBeforeItNamesNoSide(String date, String text) {
        assertThat(events(text, LocalDate.parse(date))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-09-19 | North Korea and South Korea agreed to reopen the inter-Korean liaison office. | PRK>KOR:030 | KOR>PRK:030
            """)
    void bothKoreasNamedBeforeItKeepTheirJointAct(String date, String text, String first, String second) {
        assertThat(events(text, LocalDate.parse(date))).containsExactlyInAnyOrder(first, second);
    }
}
