package org.touchstone.coder.actor;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A back reference to states with a body after its possessive ("both countries' foreign ministries", "the two
 * countries' militaries", "the country's defence ministry") is each state's body of that sector, as the body after a
 * named state's possessive is (session 28). Constructed sentences.
 */
class ReferencesPossessedBodyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            India and Pakistan held talks in Dubai on Monday. Both countries' foreign ministries later condemned Israel. | IND>PAK:046 PAK>IND:046 INDGOV>ISR:111 PAKGOV>ISR:111
            Japan and South Korea held a summit. The two countries' leaders condemned North Korea. | JPN>KOR:040 KOR>JPN:040 JPNGOV>PRK:111 KORGOV>PRK:111
            Japan and South Korea held a summit. The two countries' militaries fired on North Korea. | JPN>KOR:040 KOR>JPN:040 JPNMIL>PRK:193 KORMIL>PRK:193
            Iran seized a tanker on Monday. The country's defence ministry condemned Israel. | IRNGOVMIL>ISR:111
            Japan and South Korea held a summit. The two countries condemned North Korea. | JPN>KOR:040 KOR>JPN:040 JPN>PRK:111 KOR>PRK:111
            """)
    void aReferencesBodyIsEachStatesBody(String text, String expected) {
        assertEvents(text, LocalDate.of(2024, 5, 1), expected);
    }
}
