package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goods of a seller named by its adjective "taken delivery of" are the buyer's trade with the seller (061; arms "from" a
 * giver stay aid received, 072), the trade balance "with" a partner is trade both ways (061), and candidate status
 * spelt out as "the status of a candidate" is granted as candidate status is (050); session 24, vocab24a.
 * Sentences written for this test (never gold or tuning sentences). Each row is "date | sentence | expected event";
 * near misses list none of a root.
 */
class DeliveriesTakenTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Japan took delivery of a cargo of Australian LNG. | JPN>AUS:061
            2023-05-01 | China is taking delivery of two million barrels of Iranian crude. | CHN>IRN:061
            2023-05-01 | Germany took delivery of its first shipment of American LNG. | DEU>USA:061
            2023-05-01 | India has taken delivery of Russian crude. | IND>RUS:061
            2023-05-01 | Ukraine took delivery of Leopard tanks from Germany. | DEU>UKR:072
            """)
    void goodsTakenDeliveryOfAreBoughtFromTheirSeller(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | China's trade surplus with the United States shrank last year. | USA>CHN:061
            2023-05-01 | Germany's trade surplus with China narrowed in March. | DEU>CHN:061
            2023-05-01 | Japan's trade deficit with Australia widened in May. | AUS>JPN:061
            """)
    void aTradeBalanceWithAPartnerIsTradeBothWays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | EU leaders granted Ukraine and Moldova the status of candidates for membership. | IGOEUREEC>MDA:050
            2023-05-01 | The EU granted Georgia the status of a candidate country. | IGOEUREEC>GEO:050
            2023-05-01 | EU leaders granted Bosnia the status of candidate for membership. | IGOEUREEC>BIH:050
            2023-05-01 | The EU granted the status of candidate to Ukraine. | IGOEUREEC>UKR:050
            """)
    void candidateStatusSpeltOutIsGranted(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Egypt took delivery of two new patrol boats on Friday. | 06
            2023-05-01 | The airline took delivery of its first Airbus jet. | 06
            2023-05-01 | India took part in joint drills with France on Monday. | 061
            2023-05-01 | China's trade surplus rose to a record last year. | 06
            2023-05-01 | Japan's budget deficit widened in May. | 06
            2023-05-01 | The EU debated the status of candidate countries on Thursday. | 05
            2023-05-01 | The court granted Ukraine the status of a victim. | 05
            """)
    void nearMissesCodeNoneOfTheRoot(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }
}
