package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (miss31a): an air force or fighter jets that strike fight from the air (195), as warplanes and drones do
 * (verbs.txt &air-strike); troops and artillery stay 194. Sentences written for this test.
 */
class AirArmsAsSubjectsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-10-26 | Ethiopia's air force struck the Tigrayan town of Adwa on Friday. | ETHMIL>ETHREB:195
            2023-10-20 | The Israeli air force struck Hamas positions in Gaza. | ISRMIL>PSEREB:195
            2022-04-01 | Russian troops shelled Kharkiv with artillery. | RUSMIL>UKR:194
            """)
    void theArmOfTheStrikeSetsTheCode(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
