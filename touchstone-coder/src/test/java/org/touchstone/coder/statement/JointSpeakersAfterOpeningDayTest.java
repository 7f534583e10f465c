package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * A list of speakers after a day phrase that opens the sentence without its comma ("On Thursday Russia and Belarus
 * said ...") opens the clause as after a comma: each member speaks. Session 27 (bugs27).
 */
class JointSpeakersAfterOpeningDayTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On Thursday Russia and Belarus said they would hold joint drills.",
        "Late on Thursday Russia and Belarus said they would hold joint drills.",
        "On Thursday, Russia and Belarus said they would hold joint drills.",
    })
    void eachMemberSpeaks(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(st -> st.speaker() + " " + st.targets())
                .containsExactlyInAnyOrder("RUS [BLR]", "BLR [RUS]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On Thursday Russia and Belarus said their troops would hold joint drills.|RUSMIL>BLRMIL:0312",
    })
    void theirBodyIsEachStates(String text, String event) {
        assertThat(CoderTestSupport.events(text, DAY)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // near miss: a phrase that is no day phrase before the list; "Russia" is an object of "with"
        "After talks with Russia and Belarus said they would hold joint drills.",
    })
    void notAfterOtherPhrases(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(Statement::speaker).doesNotContain("RUS");
    }
}
