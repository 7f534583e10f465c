package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A participle after the speaker's meeting, visit or talks (root 04) is a remark made there, an event of its own beside
 * the encounter (GOLD-SET.md S7-3), while after a deed done (an expulsion, cut ties, drills) it explains the deed and adds
 * none (R5, S7-6). Session 23 (second23); sentences written for the test after dev g-079 and tune9 h-015.
 */
class RemarksAtEncountersTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "South Korea's prime minister delivered a letter from President Yoon Suk Yeol to Japan's prime minister in Tokyo, calling for improved ties.|KORGOV>JPNGOV:042|KORGOV>JPNGOV:020",
        "Xi Jinping arrived in Moscow on Wednesday for a state visit, calling Vladimir Putin his \"dear friend\".|CHNGOV>RUSGOV:042|CHNGOV>RUSGOV:051",
        "Xi Jinping hosted Vladimir Putin in Beijing, calling him his best friend.|CHNGOV>RUSGOV:043|CHNGOV>RUSGOV:051",
        "Japan's foreign minister met his Chinese counterpart in Beijing on Monday, calling for calm in the East China Sea.|JPNGOV>CHNGOV:042|JPNGOV>CHNGOV:0256",
        "Japan's foreign minister visited Seoul on Monday, urging South Korea to drop its demands.|JPNGOV>KOR:042|JPNGOV>KOR:0242",
    })
    void aParticipleAfterAMeetingOrVisitIsARemarkMadeThere(String text, String encounter, String remark) {
        assertThat(events(text)).contains(encounter, remark);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oman expelled two Iranian diplomats, accusing them of spying.|OMN>IRNGOV:161",
        "Ecuador recalled its ambassador from Mexico, accusing Mexico of meddling.|ECU>MEX:161",
        "Turkey summoned the Swedish ambassador, calling the protest a provocation.|TUR>SWEGOV:110",
        "China launched drills around Taiwan, calling them a stern warning.|CHN>TWN:150",
        "Russia expelled 18 Japanese diplomats, calling Tokyo's move hostile.|RUS>JPNGOV:161",
        "Poland cut ties with Belarus, calling Minsk a puppet of Moscow.|POL>BLR:161",
    })
    void aParticipleAfterADeedStillExplainsIt(String text, String deed) {
        assertThat(events(text)).containsExactly(deed);
    }
}
