package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (SAMPLE15), written for this test (never gold or tuning sentences): "the two countries", "both sides" of a
 * report are the pair it last reported meeting or acting together, before the last two states named; residences and
 * guesthouses that stand for a host state place a meeting there (a visit, R13); drills scaled back, suspended, halted
 * or called off are de-escalation (087; agreed, 0356), never support. Each row is "date | text | expected events";
 * the near misses name events that must not be coded.
 */
class PairsAndPlacesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo. Modi said India wants peace in Ukraine and Gaza. He said the two countries will deepen cooperation on defence. | INDGOV>JPNGOV:0312 JPNGOV>INDGOV:0312
            2024-05-10 | Egypt and Jordan signed a water agreement. Egypt's foreign minister criticized Israel over the war in Gaza. Both countries will expand trade. | EGY>JOR:0311 JOR>EGY:0311
            2024-05-10 | Scholz held talks with Macron in Paris. Scholz said Germany remains committed to supporting Ukraine against Russia. The two countries agreed to boost defence spending. | DEUGOV>FRAGOV:030 FRAGOV>DEUGOV:030
            2024-05-10 | Erdogan visited Baghdad. Erdogan said Turkey would keep fighting the PKK in Syria. The two sides signed an agreement on water. | TURGOV>IRQ:057 IRQ>TURGOV:057
            2024-05-10 | Iran and Saudi Arabia restored relations. Iran condemned Israel over strikes in Syria. The two countries pledged to reopen embassies. | IRN>SAU:032 SAU>IRN:032
            2023-03-29 | Pakistan accused India of backing militants. The two countries agreed to hold talks. | PAK>IND:036 IND>PAK:036
            2022-03-29 | China halted military drills around Taiwan. | CHN>TWN:087
            2022-03-29 | Russia scaled back military drills near the border with Ukraine. | RUS>UKR:087
            2022-03-29 | Beijing cancelled large-scale drills near Taiwan. | CHNGOV>TWN:087
            2022-03-29 | China called off exercises off the coast of Taiwan. | CHN>TWN:087
            2022-03-29 | Russia and Belarus agreed to scale back military drills. | RUS>BLR:0356 BLR>RUS:0356
            2022-03-29 | Seoul and Washington postponed their joint exercises. | KORGOV>USAGOV:087 USAGOV>KORGOV:087
            2023-08-18 | Modi and Albanese met at Hyderabad House. | AUSGOV>INDGOV:042 INDGOV>AUSGOV:043
            2023-08-18 | Kishida welcomed Biden at Akasaka Palace. | USAGOV>JPNGOV:042 JPNGOV>USAGOV:043
            2023-08-18 | Xi received Macron at the Diaoyutai State Guesthouse. | FRAGOV>CHNGOV:042 CHNGOV>FRAGOV:043
            2023-08-18 | Scholz met Sunak at Schloss Meseberg. | GBRGOV>DEUGOV:042
            2023-08-18 | Erdogan met Zelensky at Dolmabahce Palace. | UKRGOV>TURGOV:042
            2023-08-18 | Biden hosted Yoon and Kishida at Camp David. | KORGOV>USAGOV:042 JPNGOV>USAGOV:042
            2023-08-18 | Biden, Yoon and Kishida met at Camp David. | KORGOV>USAGOV:042 USAGOV>KORGOV:043 JPNGOV>USAGOV:042 KORGOV>JPNGOV:044 JPNGOV>KORGOV:044
            2023-08-18 | Albanese, Sunak and Biden met in San Diego. | AUSGOV>USAGOV:042 GBRGOV>USAGOV:042 AUSGOV>GBRGOV:044
            2023-08-18 | Xi, Putin and Modi met in Beijing. | RUSGOV>CHNGOV:042 INDGOV>CHNGOV:042 RUSGOV>INDGOV:044
            2023-08-18 | The leaders of Japan, South Korea and the United States met at Camp David. | JPNGOV>USAGOV:042 KORGOV>USAGOV:042
            2023-08-18 | Xi, Putin and Modi met in Astana. | CHNGOV>RUSGOV:044 RUSGOV>INDGOV:044 INDGOV>CHNGOV:044
            """)
    void codes(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo. Modi said India wants peace in Ukraine and Gaza. He said the two countries will deepen cooperation on defence. | IND>PSE:0312 PSE>IND:0312
            2024-05-10 | Egypt and Jordan signed a water agreement. Egypt's foreign minister criticized Israel over the war in Gaza. Both countries will expand trade. | EGYGOV>ISR:0311 ISR>EGYGOV:0311
            2024-05-10 | Iran and Saudi Arabia restored relations. Iran condemned Israel over strikes in Syria. The two countries pledged to reopen embassies. | IRN>ISR:032 ISR>IRN:032
            2022-03-29 | Russia scaled back military drills near the border with Ukraine. | RUS>UKR:051
            2022-03-29 | Russia and Belarus agreed to scale back military drills. | RUS>BLR:030 RUS>BLR:051
            2022-03-29 | China launched military drills around Taiwan. | CHN>TWN:087
            2022-03-29 | China halted talks with Taiwan. | CHN>TWN:087
            2022-03-29 | India reduced tariffs on US goods. | IND>USA:087
            2023-03-29 | Chinese coast guard ships entered waters near the Diaoyutai islands. | CHNCOP>CHN:150
            2023-08-18 | Xi, Putin and Modi met in Astana. | RUSGOV>CHNGOV:042 CHNGOV>RUSGOV:042
            2023-08-18 | Xi, Putin and Modi will meet in Beijing. | RUSGOV>CHNGOV:042 INDGOV>CHNGOV:042
            2023-08-18 | Scholz, Macron and Tusk held talks in Paris. | DEUGOV>FRAGOV:042 FRAGOV>DEUGOV:043
            2023-08-18 | Biden, Yoon and Kishida met at Camp David. | USAGOV>KORGOV:040 KORGOV>USAGOV:040
            2023-08-18 | Xi, Putin and Modi met in Astana. | CHNGOV>RUSGOV:040 RUSGOV>CHNGOV:040
            2023-08-18 | Biden, Yoon and Kishida met. | USAGOV>KORGOV:044 KORGOV>USAGOV:044
            """)
    void doesNotCode(LocalDate date, String text, String unexpected) {
        assertThat(events(text, date)).doesNotContain(unexpected.split(" "));
    }

    /** Session 33 (left33a): a city after the counterpart of talks is where they meet, not whose the counterpart is. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-09-01 | Kabul held talks with the rebels in Doha. | AFGGOV>AFGREB:046 | AFGGOV>QATREB:046
            2021-09-01 | Bogota resumed talks with the rebels in Havana. | COLGOV>COLREB:046 | COLGOV>CUBREB:046
            """)
    void cityAfterTheCounterpartOfTalksIsTheVenue(LocalDate date, String sentence, String expected, String absent) {
        assertThat(events(sentence, date)).contains(expected).doesNotContain(absent);
    }
}
