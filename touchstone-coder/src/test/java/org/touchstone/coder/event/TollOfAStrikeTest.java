package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 22 (R5): a comma participle that counts people no state names ("..., killing more than 100 people") after
 * the same side's strike is the strike's toll, one act, as the toll of people a state names already was. A killing
 * told by another subject stays its own event. Sentences written for this test in wire style, never gold or tuning
 * sentences.
 */
class TollOfAStrikeTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russian warplanes bombed a school in Aleppo on Monday, killing more than 100 people. | RUSMIL>SYR:195
            Israeli jets struck a refugee camp in Gaza on Tuesday, killing at least 90 civilians. | ISRMIL>PSE:195
            Israeli warplanes struck a Houthi-run detention centre in Dhamar on Sunday, killing more than 100 people. | ISRMIL>YEMREB:195
            """)
    void theCountOfPeopleAfterAStrikeIsItsToll(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactly(expected);
    }

    /** Session 33 (S31-9): a toll that names its victims by their state makes them the target, not the place struck. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russian missiles struck a shopping centre in Kremenchuk, killing at least 18 Ukrainian civilians. | RUSMIL>UKRCVL:194
            Russian drones hit an apartment block in the southern Ukrainian port of Odesa on Sunday, killing nine Ukrainian civilians. | RUSMIL>UKRCVL:195
            Israeli jets struck a refugee camp in Gaza on Tuesday, killing at least 90 Palestinian civilians. | ISRMIL>PSECVL:195
            Russian artillery shelled the centre of Kharkiv on Friday, killing 21 people in a market. | RUSMIL>UKR:194
            """)
    void victimsNamedByTheirStateAreTheTarget(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactly(expected);
    }

    /** Session 33 (R5): "in an attack on" after the same side's killing names its circumstance, no 190 of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Al-Shabaab fighters killed at least 30 villagers and abducted dozens of women in an attack on a village in Somalia's Hiraan region. | SOMREB>SOMCVL:202 SOMREB>SOMCVL:181
            Islamic State fighters abducted dozens of women in a raid on a village in northern Iraq on Sunday. | IMGMOSISI>IRQCVL:181
            """)
    void anAttackNamedAfterTheKillingIsItsCircumstance(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russian warplanes bombed a school in Aleppo on Monday, and rebels killed more than 100 people in Idlib. | SYRREB>SYRCVL:202
            """)
    void aKillingByAnotherSideStays(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).contains(expected);
    }
}
