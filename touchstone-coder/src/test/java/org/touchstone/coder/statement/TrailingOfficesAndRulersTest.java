package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Trailing attributions the speaker rules missed (session 36, speak36): "..., his office said" speaks for the person
 * named last; "..., government sources said" is the body of the state the news opens with although no article opens
 * it; a governor or mayor is the state of the place the news happened in, not of the state that opens it (often the
 * attacker). Written for this test (never gold or tuning sentences). Each row is "sentence | speaker [targets] code".
 */
class TrailingOfficesAndRulersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Chile's president will visit Peru next week, his office said. | CHLGOV[PER]036
            Chile is considering selling wheat to Peru, government sources said. | CHLGOV[PER]014
            Russian drones struck a power plant in Kharkiv overnight, the regional governor said. | UKRGOV[RUSMIL]1123
            Ukrainian drones hit an oil depot in Belgorod, the governor said. | RUSGOV[UKRMIL]1123
            """)
    void theTrailingSpeakerIsFound(String sentence, String expected) {
        List<String> got = CoderTestSupport.code(sentence, LocalDate.of(2023, 3, 15)).statements().stream()
                .map(st -> st.speaker() + st.targets() + st.code()).toList();
        assertThat(got).as(sentence).containsExactly(expected.replace(" ", ""));
    }
}
