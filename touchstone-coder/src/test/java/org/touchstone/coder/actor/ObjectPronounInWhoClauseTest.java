package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "him" or "her" in a ", who" clause is not the person the clause is about, but the other person just named: "Biden
 * met Xi, who warned him about Taiwan" is Xi warning Biden, and the topic after "about" is no target when the verb has
 * that personal object. Constructed wire-style sentences, not gold or tuning lines.
 */
class ObjectPronounInWhoClauseTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-05-10 | Biden met Xi, who warned him about Taiwan. | CHNGOV>USAGOV:130
            2023-05-10 | Macron hosted Scholz, who thanked him for the invitation. | DEUGOV>FRAGOV:051
            """)
    void theWhoClausesPronounIsTheOtherPersonNamed(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).contains(expected);
    }
}
