package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A trailing attribution to an official of no state speaks for the state the news opens with also when two modifiers
 * stand between its article and its role word ("a senior presidential official told") or a department's name stands
 * before its title ("Unification Minister Jonas Petraitis said") (session 35, roles35). Written for this test (never
 * gold or tuning sentences). Each row is "sentence | speaker [targets] code".
 */
class ModifiedTrailingOfficialTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Chile will review whether to supply weapons to Peru, a senior presidential official told reporters. | CHLGOV[PER]014
            Lithuania is considering resuming aid to Belarus, Unification Minister Jonas Petraitis said on Monday. | LTUGOV[BLR]014
            Chile will no longer stop migrants from reaching Peru, a senior Chilean official said on Friday. | CHLGOV[PER]130
            """)
    void theOfficialSpeaksForTheOpeningState(String sentence, String expected) {
        List<String> got = CoderTestSupport.code(sentence, LocalDate.of(2023, 3, 15)).statements().stream()
                .map(st -> st.speaker() + st.targets() + st.code()).toList();
        assertThat(got).as(sentence).containsExactly(expected.replace(" ", ""));
    }
}
