package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25 (bugs25): a role word after coordinated possessive states ("Russia's and Belarus's leaders") belongs to
 * each of them; a possessive that owns something else ("Russia's gas and Belarus's leaders") keeps nothing of the
 * role. Sentences written for this test. Each row is "date | sentence | expected events".
 */
class PossessorsOfOneRoleTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-01 | Russia's and Belarus's leaders criticized NATO. | RUSGOV>IGOWSTNAT:111 BLRGOV>IGOWSTNAT:111
            2024-03-01 | Russia's and Belarus's foreign ministers condemned the sanctions imposed by the European Union. | RUSGOV>IGOEUREEC:111 BLRGOV>IGOEUREEC:111
            2024-03-01 | Russia's and Belarus's troops attacked Poland. | RUSMIL>POL:190 BLRMIL>POL:190
            2024-03-01 | China's, Russia's and Iran's foreign ministers criticized the United States. | CHNGOV>USA:111 RUSGOV>USA:111 IRNGOV>USA:111
            2024-03-01 | Poland criticized Russia's and Belarus's leaders. | POL>RUSGOV:111 POL>BLRGOV:111
            2024-03-01 | Russia's and Belarus's leaders met in Minsk on Friday. | RUSGOV>BLRGOV:042 BLRGOV>RUSGOV:043
            2024-03-01 | Russia's gas and Belarus's leaders criticized Poland. | BLRGOV>POL:111
            2024-03-01 | Russia's leaders condemned Poland. | RUSGOV>POL:111
            """)
    void aRoleAfterCoordinatedPossessivesIsEachStates(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }
}
