package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relations cut, goods kept back and people pushed out, in wording of the 2000s written for this test (never gold or
 * tuning sentences): military exchanges suspended (16x), peacekeepers pulled out (1661, troops: 0874), the delivery or sale of goods to a state barred (163), people
 * forced or pushed back across a border (174; by the thousands a mass expulsion, 201), and near misses that send people back without force. Each row is
 * "date | sentence | expected events" (all of them, in order).
 */
class CutsAndRestrictionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2010-01-30 | Beijing retaliated by suspending military exchanges with the United States. | CHNGOV>USA:161
            2010-09-22 | Medvedev signed a decree barring the delivery of S-300 missiles to Iran. | RUSGOV>IRN:163
            2019-09-30 | Britain banned the sale of arms to Saudi Arabia. | GBR>SAU:163
            2009-12-28 | Thai troops forced more than 4,000 Hmong asylum seekers back to Laos on Monday. | THAMIL>LAOCVL:201
            2009-12-28 | Thai troops forced 40 Hmong asylum seekers back to Laos on Monday. | THAMIL>LAOCVL:174
            2021-06-01 | Greek police pushed dozens of migrants back across the border into Turkey. | GRCCOP>TUR:174
            2004-07-14 | The Philippines began pulling its peacekeepers out of Iraq. | PHL>IRQ:1661
            2004-07-14 | The Philippines withdrew its peacekeepers from Iraq. | PHL>IRQ:1661
            2004-07-14 | Spain withdrew its troops from Iraq. | ESP>IRQ:0874
            """)
    void cutsRestrictionsAndPushBacks(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-03-01 | Russia sent troops back to Belarus. | RUS>BLR:074
            2010-05-03 | The United States sent its envoy back to Caracas. | USA>VEN:042
            """)
    void sendingBackIsNoExpulsion(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected).noneMatch(e -> e.endsWith(":174"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2010-09-08 | Japan's coast guard arrested the captain of a Chinese fishing trawler near the Senkakus. | JPNCOP>CHNCVL:173
            2006-08-16 | Russian border guards opened fire on a Japanese crab boat off the Kurils. | RUSCOP>JPNCVL:193
            2013-05-09 | Philippine coast guards shot dead a Taiwanese fisherman. | PHLCOP>TWNCVL:193
            """)
    void fishingBoatsAndTheirCrewsAreCivilians(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-23 | The EU agreed a new package of sanctions against Russia on Friday. | IGOEUREEC>RUS:163
            2023-06-23 | The EU approved a new package of sanctions against Russia. | IGOEUREEC>RUS:163
            2023-06-23 | G7 ministers agreed new sanctions on Russia's energy sector. | IGOBUSGOS>RUS:163
            2023-06-23 | The EU agreed to impose sanctions on Belarus. | IGOEUREEC>BLR:1312
            """)
    void sanctionsAgreedOrApprovedAreImposed(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kosovo's government scrapped its tariffs on goods from Serbia. | KSVGOV>SRB:085
            The United States lifted tariffs on steel from Canada. | USA>CAN:085
            Beijing lifted its duties on wine from Australia on Thursday. | CHNGOV>AUS:085
            The United States imposed tariffs on goods from China. | USA>CHN:163
            """)
    void tariffsEasedOnGoodsFromAStateAreEasedForIt(String sentence, String expected) {
        // session 34: the state the goods come from is the one the eased tariffs or duties were aimed at (085), as they
        // are when imposed (163)
        assertThat(events(sentence, LocalDate.of(2021, 3, 15))).containsExactly(expected.split(" "));
    }
}
