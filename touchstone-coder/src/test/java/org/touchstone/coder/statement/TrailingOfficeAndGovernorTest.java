package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Trailing attributions (session 36, stmt36): "..., his office said" speaks for the office of the person named last;
 * a governor or mayor named by the role alone governs the place the news happened in, not the state that opens it
 * (often the attacker). Written for this test (never gold or tuning sentences). Each row is "sentence | speakers".
 */
class TrailingOfficeAndGovernorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Peru's foreign minister will not travel to Bolivia for the summit, his office said on Friday. | PERGOV[BOL]
            Russian drones struck a power station in Kharkiv overnight, cutting power to thousands, the regional governor said. | UKRGOV[RUSMIL]
            """)
    void theTrailingSpeakerIsFound(String sentence, String expected) {
        List<String> got = CoderTestSupport.code(sentence, LocalDate.of(2023, 3, 15)).statements().stream()
                .map(st -> st.speaker() + st.targets()).toList();
        assertThat(got).as(sentence).containsExactly(expected.replace(" ", ""));
    }
}
