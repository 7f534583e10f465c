package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Sector words (session 21): an event right at country level loses its match when a role word is missing from
 * agents.txt. Makers and suppliers of a state are its businesses (GOLD-SET.md roles table: companies, refiners,
 * traders are BUS), but a state that is another's biggest supplier, a state's arms suppliers and its policy makers
 * are no companies. Written for this test (never gold or tuning sentences). Each row is "date | sentence | every
 * event it gives" (an empty cell: none).
 */
class SectorWordsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-01 | The European Commission opened an inquiry into Chinese suppliers of solar panels. | IGOEUREEC>CHNBUS:090
            2024-03-01 | Brussels launched a probe into Chinese makers of electric buses. | IGOEUREEC>CHNBUS:090
            2024-03-01 | Washington blacklisted Iranian suppliers of drone engines. | USAGOV>IRNBUS:163
            2024-03-01 | The United States imposed sanctions on Iranian makers of drones. | USA>IRNBUS:163
            2024-03-01 | Britain sanctioned Russian suppliers of military components. | GBR>RUSBUS:163
            2024-03-01 | Germany investigated Turkish makers of steel pipes. | DEU>TURBUS:090
            2024-03-01 | Russia overtook Saudi Arabia as China's biggest supplier of crude oil in May. | RUS>CHN:061
            2024-03-01 | Iraq became India's largest supplier of oil. | IRQ>IND:061
            2024-03-01 | Chinese policy makers criticised the United States. | CHN>USA:111
            2024-03-01 | Washington imposed sanctions on Russian arms suppliers. | USAGOV>RUS:163
            """)
    void makersAndSuppliersOfAStateAreItsBusinesses(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).as(sentence)
                .containsExactly(expectedEvents(expected));
    }
}
