package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

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
                .containsExactly(expected == null ? new String[0] : expected.split(" "));
    }

    /**
     * Ground a state's own troops or police take in their country is taken from its rebels (192 toward XXXREB), as
     * ground rebels take is the state's own (the bare state); ground taken abroad stays the other state's.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-03-01 | Syrian government forces recaptured the town of Saraqeb from rebels on Saturday. | SYRMIL>SYRREB:192
            2020-03-01 | Ethiopia's army took full control of the Tigrayan capital Mekelle. | ETHMIL>ETHREB:192
            2020-03-01 | Myanmar's army regained control of the town of Laukkai. | MMRMIL>MMRREB:192
            2020-03-01 | Iraqi troops recaptured the town of Tal Afar on Thursday. | IRQMIL>IRQREB:192
            2020-03-01 | Azerbaijani forces captured the town of Shusha in Nagorno-Karabakh. | AZEMIL>AZEREB:192
            2020-03-01 | M23 rebels captured the city of Goma. | CODREB>COD:192
            2020-03-01 | Russian forces captured the Ukrainian city of Kherson. | RUSMIL>UKR:192
            2020-03-01 | Rebels captured the town of Laukkai from Myanmar's army. | MMRREB>MMRMIL:192
            """)
    void groundAStatesForcesTakeAtHomeIsTakenFromItsRebels(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).as(sentence)
                .containsExactly(expected == null ? new String[0] : expected.split(" "));
    }
}
