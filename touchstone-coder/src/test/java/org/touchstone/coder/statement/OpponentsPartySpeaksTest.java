package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A trailing "..., his party said" after an opposition figure is named is the opposition's statement (GOLD-SET.md,
 * Statements); the party of a head of government is not taken for the government. Session 29 (stmt29); sentences
 * written for the test after tune12 e-057 and tune11 y-016.
 */
class OpponentsPartySpeaksTest {
    private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

    private static String statements(String text) {
        return CoderTestSupport.code(text, DATE).statements().stream().map(st -> st.speaker() + " " + st.targets()).toList().toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Police in Kenya detained opposition leader Raila Odinga's bodyguards outside his home in Nairobi, his party said.|[KENOPP [KENCOP]]",
            "Kenyan soldiers surrounded the home of opposition leader Raila Odinga on Friday, his party said.|[KENOPP [KENMIL]]",
    })
    void theOpponentsPartySpeaks(String text, String expected) {
        assertThat(statements(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a head of government's party: no statement of the government
            "President William Ruto will visit China next month, his party said.|[]",
    })
    void aRulingPartyIsNotTheGovernment(String text, String expected) {
        assertThat(statements(text)).isEqualTo(expected);
    }
}
