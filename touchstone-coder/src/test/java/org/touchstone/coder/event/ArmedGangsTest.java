package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 33 (GOLD-SET.md S31-25): a criminal gang that kills, fights or abducts is an armed group of its country (REB),
 * not its criminals (CRM); pirates and other criminals keep CRM. Sentences written for this test, not gold sentences.
 */
class ArmedGangsTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            A Haitian gang known as Village de Dieu kidnapped 12 Canadian aid workers near Port-au-Prince, police said. | HTIREB>CANCVL:181
            A Haitian gang kidnapped six nuns from a bus in Port-au-Prince on Friday. | HTIREB>HTICVL:181
            Somali pirates hijacked a Greek cargo ship off the coast of Somalia on Monday. | SOMCRM>GRC:181
            """)
    void aGangThatUsesForceIsAnArmedGroup(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactly(expected);
    }
}
