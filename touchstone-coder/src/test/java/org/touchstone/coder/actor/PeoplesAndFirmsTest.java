package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 24 (actors24): the bare "Rohingya" is Myanmar's civilians and Yazidi men, children and families Iraq's (the crisis and the camps named after them are no
 * actor); large firms the news names without a country are their headquarters' state's business sector (Mitsubishi
 * Heavy Industries, Samsung, Shahed Aviation Industries, RwandAir, Sinovac), while a product named after its maker
 * ("Sinopharm vaccine", "Shahed drones") and the bare "Mitsubishi" are not; a denial whose "that" follows a longer
 * circumstance of place and time ("denied at the International Court of Justice in The Hague on Wednesday that ...")
 * still denies the clause; people placed in counted places ("protesters in dozens of Chinese cities") or at a workplace
 * a state or one of its cities places ("workers at a Minsk tractor plant", "at Belarus's biggest state factories") are
 * that state's. Sentences are written for this test, not taken from gold or tuning files.
 */
class PeoplesAndFirmsTest {
    /** The codes of the resolved mentions of a sentence, left to right. */
    private static List<String> actors(String text, LocalDate date) {
        return CoderTestSupport.actors(text, date, ActorMention::isResolved);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Bangladesh police arrested dozens of Rohingya near the border.              | 2019-03-04 | BGDCOP MMRCVL
            Thousands of Rohingya crossed into Bangladesh.                               | 2017-09-04 | MMRCVL BGD
            Hundreds of Yazidi men fled the town.                                        | 2014-08-03 | IRQCVL
            Rohingya militants attacked police posts.                                    | 2017-08-25 | MMRREB
            The Rohingya crisis dominated the summit.                                    | 2017-11-13 |
            Aid groups worked in the Rohingya camps.                                     | 2018-05-01 |
            The court fined Mitsubishi Heavy Industries.                                 | 2018-11-29 | JPNBUS
            Mitsubishi said the talks had failed.                                        | 2018-11-29 |
            Washington imposed sanctions on Samsung.                                     | 2023-01-10 | USAGOV KORBUS
            The EU sanctioned Shahed Aviation Industries.                                | 2022-10-20 | IGOEUREEC IRNBUS
            Shahed drones struck the city.                                               | 2022-10-20 |
            Congo suspended RwandAir flights.                                            | 2022-05-28 | COD RWABUS
            Brazil would not buy the vaccine developed by China's Sinovac.               | 2020-10-21 | BRA CHN CHNBUS
            A million Sinopharm vaccine doses arrived.                                   | 2021-02-01 |
            Lukashenko told workers at a Minsk tractor plant to go back to work.         | 2020-08-17 | BLRGOV BLRCVL
            Workers at a Japanese car plant walked out.                                  | 2020-08-17 | JPN
            """)
    void whoIsRecognised(String sentence, LocalDate date, String expected) {
        assertThat(actors(sentence, date)).as(sentence).containsExactly(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-12-11 | Aung San Suu Kyi denied at the International Court of Justice in The Hague on Wednesday that the army had committed genocide against the Rohingya. | MMRGOV>MMRCVL:016
            2019-12-11 | Aung San Suu Kyi denied on Wednesday that the army had committed genocide against the Rohingya. | MMRGOV>MMRCVL:016
            2022-03-21 | The United States determined that Myanmar's army committed genocide against the Rohingya. | MMRMIL>MMRCVL:202
            2022-03-21 | Myanmar's army drove thousands of Rohingya into Bangladesh. | MMRMIL>MMRCVL:201
            2012-09-16 | Protesters in dozens of Chinese cities set fire to a Panasonic factory. | CHNCVL>JPNBUS:145
            2012-09-16 | Protesters in two Chinese cities set fire to a Panasonic factory. | CHNCVL>JPNBUS:145
            2012-09-16 | Police in several Iranian cities arrested hundreds of protesters. | IRNCOP>IRNCVL:173
            2012-09-16 | Protesters in dozens of countries marched against the war. |
            2020-08-17 | Workers at several of Belarus's biggest state factories went on strike to demand Lukashenko's resignation. | BLRCVL>BLRGOV:1431
            2020-08-17 | Workers at Gdansk shipyard went on strike to demand the government's resignation. | POLCVL>POLGOV:1431
            2020-08-17 | Workers at a Japanese car plant in Mexico went on strike on Monday. |
            2020-08-17 | Workers at the Toyota plant went on strike to demand higher wages. |
            2020-08-17 | Workers at a plant near Minsk went on strike to demand Lukashenko's resignation. |
            """)
    void theActorIsCodedAsNamed(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(expectedEvents(expected));
    }
}
