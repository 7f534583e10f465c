package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * Words that name no one but take up by "him", "his" or "her" the other organ of the speaker's state that its side's
 * deed just before was done to are about that organ: the soldiers who detained the president and announced they had
 * ended his government speak of the government. Session 26 (stmt26).
 */
class OrganTakenUpByPronounTest {

    private static final LocalDate DAY = LocalDate.of(2023, 7, 26);

    @ParameterizedTest
    @ValueSource(strings = {
        "Mutinous soldiers detained President Mohamed Bazoum in Niamey and announced on state television that they had ended his rule.",
        "Niger's presidential guard detained President Mohamed Bazoum on Wednesday, and the army later said on state television that it had removed him from office.",
    })
    void theDeposedGovernment(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(Statement::targets)
                .containsExactly(List.of("NERGOV"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // no pronoun takes the president up: the words are about no one named
        "Soldiers in Niger detained President Mohamed Bazoum at his residence and announced on state television that their leader would address the nation.",
    })
    void noPronounNoTarget(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(Statement::targets)
                .containsExactly(List.of());
    }
}
