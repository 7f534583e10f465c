package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24: a complaint, protest or criticism about a death, arrest or jailing is not aimed at the one it befell
 * ("protests over Mahsa Amini's death"). Near misses: the doer named as owner with "of" after the noun, and owners of
 * other nouns, stay targets.
 */
class SufferersOfCriticisedActsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-09-21 | Raisi told the UN General Assembly, as protests over Mahsa Amini's death spread.
            2022-09-21 | Germany criticised Navalny's jailing.
            2022-09-21 | Germany criticised Navalny's sudden death.
            """)
    void theOwnerOfWhatBefellHimIsNoTarget(String date, String text) {
        assertThat(events(text, LocalDate.parse(date))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-09-21 | Germany criticised Russia's jailing of Navalny. | DEU>RUS:111
            2022-09-21 | Germany criticised Russia's arrest of Navalny. | DEU>RUS:111
            2022-09-21 | Germany criticised Russia's decision. | DEU>RUS:111
            2022-09-21 | Germany criticised Britain's deportation plan. | DEU>GBR:111
            """)
    void aDoerNamedAsOwnerStaysTheTarget(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
