package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (miss31a): "thousands of Lebanese", "hundreds of Sudanese": a demonym that has no plural ending, alone after
 * a crowd's count and before a verb, is the people, civilians as "thousands of Georgians" are. Sentences written for this
 * test.
 */
class CrowdsOfUninflectedDemonymsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-10-18 | Thousands of Lebanese marched through Beirut on Sunday. | LBNCVL>LBNGOV:141
            2021-10-30 | Hundreds of Sudanese rallied in Khartoum on Saturday. | SDNCVL>SDNGOV:141
            2022-11-27 | Thousands of Chinese demonstrated in Shanghai against the lockdowns. | CHNCVL>CHNGOV:1412
            2019-10-18 | Thousands of Lebanese blocked roads across the country, demanding that the government resign. | LBNCVL>LBNGOV:1441
            """)
    void aCrowdOfTheDemonymIsCivilians(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-11-18 | Khamenei blamed the country's enemies for the unrest that spread to dozens of Iranian cities.
            2022-11-27 | Thousands of Chinese troops crossed the border.
            """)
    void aCountedThingOfTheStateIsNoCrowd(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains("CVL"));
    }
}
