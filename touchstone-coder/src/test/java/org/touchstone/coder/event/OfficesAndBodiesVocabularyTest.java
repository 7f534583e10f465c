package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (miss31a): a state's trade representative is its government (agents.txt GOV), a constituent assembly is
 * a legislature (LEG), and "Crown Prince Mohammed bin Zayed" is the Emirates' leader, not Saudi Arabia's "Crown Prince
 * Mohammed" (people.txt: the longer name wins). Sentences written for this test.
 */
class OfficesAndBodiesVocabularyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-07-10 | The US trade representative criticised China's steel subsidies. | USAGOV>CHN:111
            2017-08-20 | Venezuela's Constituent Assembly accused Colombia of plotting a coup. | VENLEG>COL:112
            2021-11-24 | Crown Prince Mohammed bin Zayed met Tayyip Erdogan in Ankara. | AREGOV>TURGOV:042
            2021-11-24 | Crown Prince Mohammed bin Salman met Tayyip Erdogan in Ankara. | SAUGOV>TURGOV:042
            """)
    void theOfficeOrBodyNamesItsSector(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }
}
