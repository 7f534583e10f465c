package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * A visitor the speaker only hosts ("during Xi's visit to Seoul") is the words' audience, not their target: the words
 * name their own. Session 25 (bugs25b).
 */
class HostedVisitorTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 21);

    @ParameterizedTest
    @ValueSource(strings = {
        "Japan and South Korea said in a joint statement issued during Xi's visit to Seoul that they opposed any attempt to change the status quo by force.",
        "South Korea said during Xi's visit to Seoul that it opposed any attempt to change the status quo by force.",
        "South Korea said during Xi's trip to Seoul that it opposed any attempt to change the status quo by force.",
    })
    void theVisitorIsNoTarget(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).isNotEmpty()
                .allSatisfy(st -> assertThat(st.targets()).doesNotContain("CHNGOV"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "China and Russia said in a joint statement issued during Vladimir Putin's visit to Beijing that they opposed any further enlargement of NATO.",
    })
    void theWordsOwnTargetStays(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(Statement::targets)
                .allSatisfy(t -> assertThat(t).contains("IGOWSTNAT"));
    }
}
