package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * A stance whose words name no one is toward the one actor of another country the sentence names: a possessor
 * outside the words, or a place inside them. Session 23 (target23); sentences written for the test after tune5
 * x-052 and tune a-008.
 */
class SoleOtherTargetTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    private static Statement statement(String text) {
        return CoderTestSupport.onlyStatement(text, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'This is a textbook example of ethnic cleansing,' the UN human rights chief told reporters in Geneva, referring to Myanmar's treatment of the Rohingya.|MMR",
        "'This is plain ethnic cleansing,' the UN human rights chief told the council in Geneva, referring to Sudan's conduct in Darfur.|SDN",
        "Saudi Crown Prince Mohammed bin Salman said that he took full responsibility for the killing of the journalist at the kingdom's consulate in Istanbul.|TUR",
    })
    void theSoleOtherActorIsTheTarget(String text, String target) {
        assertThat(statement(text).targets()).containsExactly(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the place where the words were said is no target
        "'This is a clear case of aggression,' the French foreign minister told reporters in Berlin.",
        // only the speaker's own state
        "Saudi Crown Prince Mohammed bin Salman said that he took full responsibility for the killing of the journalist at the kingdom's consulate in Riyadh.",
        // the one something is sent to is not what the stance is on
        "Russian Foreign Ministry spokeswoman Maria Zakharova told her weekly briefing that Western arms deliveries to Kyiv were prolonging the conflict.",
        // two candidates
        "Saudi Crown Prince Mohammed bin Salman said that he took full responsibility for the killing of the journalist at the kingdom's consulates in Istanbul and Cairo.",
    })
    void noSoleOtherActorNoTarget(String text) {
        assertThat(statement(text).targets()).isEmpty();
    }
}
