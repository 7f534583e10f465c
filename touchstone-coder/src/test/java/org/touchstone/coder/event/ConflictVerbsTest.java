package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verb vocabulary of the conflictual roots added in session 22 (vocab22b): premises broken into (1711), schooling
 * suspended for women (1721), victims subjected to violence (182x), an approved operation to kill (18x), kinds of
 * fire opened (193), airport terminals and runways occupied and roads kept blocked (144), people burned alive (1823)
 * and an arms embargo extended to a place (163). Sentences written for this test (never gold or tuning sentences).
 * Each row is "date | sentence | expected event" or "date | sentence | root that must not appear".
 */
class ConflictVerbsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-01 | Houthi rebels had broken into the US embassy compound in Sanaa. | YEMREB>USA:1711
            2024-01-01 | Houthi rebels broke into the American embassy in Sanaa. | YEMREB>USA:1711
            2024-01-01 | Houthi rebels forced their way into the US embassy in Sanaa. | YEMREB>USA:1711
            2022-12-20 | The Taliban administration suspended university education for women in Afghanistan. | AFGGOV>AFGCVL:1721
            2022-12-20 | The Taliban suspended classes for girls in Afghanistan. | AFGGOV>AFGCVL:1721
            2022-09-01 | Russian guards subjected Ukrainian prisoners to torture. | RUS>UKRCVL:1822
            2022-09-01 | Russian soldiers subjected Ukrainian women to sexual violence. | RUSMIL>UKRCVL:1821
            2022-09-01 | Russian soldiers subjected Ukrainian prisoners to beatings. | RUSMIL>UKRCVL:182
            2018-10-01 | The Saudi crown prince approved the operation to kill a Saudi journalist. | SAUGOV>SAUMED:186
            2018-10-01 | The Saudi crown prince approved an operation to capture or kill a Saudi journalist. | SAUGOV>SAUMED:180
            2018-10-01 | Putin authorised a plot to assassinate a Ukrainian general. | RUSGOV>UKRMIL:186
            2020-01-01 | Russian border guards opened machine-gun fire on a Japanese crab boat. | RUSCOP>JPNCVL:193
            2020-01-01 | Russian border guards opened heavy fire on a Japanese fishing boat. | RUSCOP>JPNCVL:193
            2020-01-01 | Hong Kong protesters occupied the main terminal. | HKGCVL>HKGGOV:144
            2020-01-01 | Honduran protesters blocked the runway. | HNDCVL>HNDGOV:144
            2020-01-01 | Argentine protesters kept the main bridge to Uruguay blocked. | ARGCVL>URY:144
            2020-01-01 | Polish farmers kept border crossings with Ukraine blocked for weeks. | POLCVL>UKR:144
            2020-07-20 | Britain extended an arms embargo on China to Hong Kong. | GBR>HKG:163
            2020-01-01 | Boko Haram fighters burned a Nigerian soldier alive. | NGAREB>NGAMIL:1823
            2024-03-01 | Egypt said it would go to war if Ethiopia filled the dam. | EGY>ETH:138
            2024-03-01 | Russia went to war with Georgia in 2008. | RUS>GEO:190
            2024-03-01 | The president of Haiti suspended parliament on Monday. | HTIGOV>HTILEG:172
            2024-03-01 | Guatemala's Congress voted to suspend the president from office. | GTMLEG>GTMGOV:172
            2024-03-01 | Nepal's parliament voted Prime Minister Pushpa Kamal Dahal out of office on Friday. | NPLLEG>NPLGOV:172
            2024-03-01 | Washington removed Mali from its duty-free trade programme. | USAGOV>MLI:163
            2024-03-01 | Washington said it would drop Mali and Guinea from its trade preference programme. | USAGOV>GIN:1312
            """)
    void theWordingCodesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-01 | Chinese carmakers broke into the European market. | 17
            2024-01-01 | Russian hackers broke into the German foreign ministry's computer network. | 17
            2024-01-01 | The Afghan government suspended classes because of the storm. | 17
            2022-09-01 | The United States subjected Chinese companies to sanctions. | 18
            2022-09-01 | Russia subjected Ukrainian grain to inspections. | 18
            2018-10-01 | The UN Security Council approved a mission to monitor the ceasefire in Yemen. | 18
            2018-10-01 | The Saudi crown prince approved a plan to build a new city. | 18
            2020-01-01 | The Fed kept interest rates unchanged. | 14
            2020-01-01 | Polish farmers kept the pressure on the Polish government. | 14
            2020-07-20 | Britain extended military aid to Ukraine. | 16
            2024-03-01 | Germany suspended talks with Russia. | 17
            2024-03-01 | Washington removed troops from Mali. | 16
            2024-03-01 | Nepal's lawmakers voted out of fear of reprisals. | 17
            """)
    void nearMissesCodeNoneOfIt(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-07-20 | Britain extended an arms embargo on China to Hong Kong. | GBR>HKG:072
            2020-01-01 | Russian troops occupied the airport at Hostomel. | RUSMIL>UKR:144
            """)
    void theOldReadingIsGone(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }
}
