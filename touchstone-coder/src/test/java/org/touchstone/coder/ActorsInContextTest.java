package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who the actors of a list are, written for this test (never gold or tuning sentences): items of a list opened by a
 * count or an article ("two Russian officials, a Belarusian businessman and an Iranian commander") are joined like
 * bare items; demonyms coordinated through counts share their role word ("three Indian and two Japanese warships");
 * a role word alone, counted as the next item after a demonym's people, is of that demonym's state ("four Chinese
 * officials and a drone manufacturer"); a state's owning compound before an unknown company name is that state's
 * business. Each row is "date | sentence | expected events"; near misses list every event the sentence gives.
 */
class ActorsInContextTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Britain sanctioned two Russian officials, a Belarusian businessman and an Iranian commander. | GBR>RUSGOV:163 GBR>BLRBUS:163 GBR>IRNMIL:163
            2023-03-15 | Ethiopia expelled two Sudanese diplomats and a Kenyan journalist. | ETH>SDNGOV:161 ETH>KENMED:161
            2023-03-15 | Police in Lagos arrested a Ghanaian businessman and two Beninese students. | NGACOP>GHABUS:173 NGACOP>BENCVL:173
            2023-03-15 | Three Indian and two Japanese warships held joint drills in the Bay of Bengal. | INDMIL>JPNMIL:062 JPNMIL>INDMIL:062
            2023-03-15 | Two Russian and two Chinese bombers flew a joint patrol over the Sea of Japan. | RUSMIL>CHNMIL:062 CHNMIL>RUSMIL:062
            2023-03-15 | The European Union sanctioned four Chinese officials and a drone manufacturer. | IGOEUREEC>CHNGOV:163 IGOEUREEC>CHNBUS:163
            2023-03-15 | Washington imposed sanctions on three Iranian generals and an arms maker. | USAGOV>IRNMIL:163 USAGOV>IRNBUS:163
            2023-03-15 | The United States sanctioned Iranian generals and the company. | USA>IRNMIL:163
            2023-03-15 | Washington sanctioned Chinese-owned Zhenhua Logistics. | USAGOV>CHNBUS:163
            2023-03-15 | The European Union sanctioned Russian-controlled Severtrans Shipping on Monday. | IGOEUREEC>RUSBUS:163
            2023-03-15 | Canada imposed sanctions on Iranian-run Parsian Petrochem. | CAN>IRNBUS:163
            2023-03-15 | Houthi rebels seized a Greek-owned tanker. | YEMREB>GRCBUS:181
            2023-03-15 | Iran seized a British-owned tanker in the Gulf. | IRN>GBRBUS:1711
            2023-03-15 | Ukraine's forces struck Russian-controlled territory on Monday. | UKRMIL>RUS:194
            """)
    void countedItemsOfAList(String date, String sentence, String expected) {
        assertThat(events(sentence, LocalDate.parse(date))).containsExactlyInAnyOrder(CoderTestSupport.expectedEvents(expected));
    }
}
