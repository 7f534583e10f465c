package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sector of a target whose country the coder already has right (GOLD-SET "Actor codes": a role suffix only when the
 * text gives one; the GOV row, ambassadors, envoys and consulate staff; Metonyms, a capital as an agent is its
 * government, as a place the bare country). Sentences written for this test, not taken from any gold file: diplomats
 * given a deadline to leave are expelled (161 toward the government whose staff they are, as "ordered the ambassador
 * to leave" is); a capital something is asked of or comes from is an agent (GOV); an embassy a protest is held outside
 * is a place (the bare state). Each row is "date | sentence | expected events"; in the near misses an empty cell means
 * no event.
 */
class ActorSectorConventionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-09-07 | Lithuania gave three Belarusian diplomats 72 hours to leave the country. | LTU>BLRGOV:161
            2023-05-02 | Poland gave the Russian ambassador 48 hours to leave. | POL>RUSGOV:161
            2023-05-02 | Estonia severed ties with Moscow and gave Russian embassy staff five days to leave. | EST>RUSGOV:161
            2023-05-02 | Niger's military rulers gave the French ambassador a day to leave the country. | NERMIL>FRAGOV:161
            2021-11-30 | Canada has given two Chinese diplomats 72 hours to leave Ottawa. | CAN>CHNGOV:161
            2010-05-24 | Seoul demanded an apology from Pyongyang for the sinking of the warship. | KORGOV>PRKGOV:100
            2018-03-14 | Britain demanded an explanation from Moscow over the nerve agent attack. | GBR>RUSGOV:100
            2022-04-02 | Ukraine requested compensation from Moscow for the damage. | UKR>RUSGOV:020
            2020-05-20 | Nepal issued a new map claiming Indian land, drawing a protest from New Delhi. | INDGOV>NPL:114
            2023-09-20 | Hundreds of Armenians protested outside the Russian embassy in Yerevan on Wednesday. | ARMCVL>RUS:141
            2021-08-15 | Thousands of South Koreans rallied outside the Japanese embassy in Seoul. | KORCVL>JPN:141
            2022-03-01 | Ukrainians demonstrated outside the Russian consulate in New York. | UKRCVL>RUS:141
            2020-01-01 | Demonstrators marched to the US embassy in Baghdad. | IRQCVL>USA:141
            """)
    void codesTheTargetsSector(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Israel gave Hamas two days to release the hostages. | ISR>PSEREB:139
            2023-05-02 | Russia gave Ukraine a week to accept the terms. | RUS>UKR:139
            2010-05-24 | The minister flew home from Pyongyang on Monday after talks with Kim Jong Il. | 
            2022-04-02 | Russia withdrew its troops from Kyiv. | RUS>UKR:0874
            2020-01-01 | Protesters stormed the US embassy in Baghdad. | IRQCVL>USA:145
            2023-09-20 | Hundreds of Iranians stormed the British embassy in Tehran. | IRNCVL>GBR:145
            """)
    void aNearMissKeepsItsCoding(LocalDate date, String sentence, String expected) {
        String[] events = expected == null || expected.isBlank() ? new String[0] : expected.trim().split(" ");
        assertThat(events(sentence, date)).containsExactly(events);
    }
}
