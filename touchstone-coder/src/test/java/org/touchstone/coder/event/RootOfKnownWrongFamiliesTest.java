package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 29 (prec29): roots the coder gave wrong on the freshest tuning text. Disappointment voiced at another's act
 * is disapproval (111, as the gold codes it in every studied case); an armed group seizing a drilling rig or tugboats
 * hijacks them (181) as it would a ship; an act begun or started under a modal ("will begin shipping vaccines") is
 * announced, an intent (03x).
 * Sentences written for this test (never gold or tuning sentences). Each row is "date | sentence | expected event".
 */
class RootOfKnownWrongFamiliesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Japan's foreign minister told reporters he was "deeply disappointed" that China had not lifted its ban on seafood imports. | JPNGOV>CHN:111
            2023-05-01 | Olaf Scholz told a news conference he was "disappointed" that Poland had still not signed the migration pact. | DEUGOV>POL:111
            """)
    void disappointmentAtAnothersActIsDisapproval(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Houthi fighters seized an Eritrean oil rig and three tugboats in the Red Sea on Monday. | YEMREB>ERI:181
            """)
    void anArmedGroupSeizingARigHijacksIt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Japan will begin shipping emergency food supplies to Sri Lanka next week, the foreign ministry said. | JPN>LKA:0333
            2023-05-01 | Australia said it would start shipping emergency food supplies to Fiji within days. | AUS>FJI:0333
            """)
    void anActBegunUnderAModalIsAnIntent(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }
}
