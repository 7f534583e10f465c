package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A refusal ("declined to comment", "declined to confirm or deny", "refused to apologise") is a statement only when the
 * refuser's own words are reported (GOLD-SET.md, Statements; R8, S27-1, S27-2): another speaker's reporting verb in the
 * same sentence ("Russia said ..., while Kyiv declined ...") does not make the refusal words. Session 29 (stmt29);
 * sentences written for the test after tune12 f-006 and tune11 v-121.
 */
class RefusalsBesideAnothersWordsTest {
    private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

    private static String speakers(String text) {
        return CoderTestSupport.code(text, DATE).statements().stream().map(st -> st.speaker()).toList().toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia said Ukrainian drones had struck an oil depot in Bryansk, while Kyiv declined to confirm or deny it.|[RUS]",
            "Poland said Russian missiles had entered its airspace, while Moscow declined to comment.|[POL]",
    })
    void anothersWordsDoNotMakeTheRefusalSaid(String text, String expected) {
        assertThat(speakers(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the refuser's own words are reported
            "The Kremlin declined to comment on the report, saying such matters were not discussed in public.|[RUSGOV]",
            "Moscow declined to comment, Russian officials said.|[RUSGOV]",
    })
    void ownWordsStillMakeItAStatement(String text, String expected) {
        assertThat(speakers(text)).isEqualTo(expected);
    }
}
