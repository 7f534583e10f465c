package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words between a verb and its pattern's next words that count toward no gap (session 25): a share of the object ("part
 * of"), a year after its article ("a 2018 agreement"), and a weekday set off by a comma right before the participle the
 * pattern goes on with ("on Sunday, demanding"); and the one named after "the death of" is whom it befell, not the target
 * of a protest about it. Sentences written for this test.
 */
class GapWordsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-16 | Hundreds of thousands of marchers filled the streets of Hong Kong on Sunday, demanding that Carrie Lam's government scrap the extradition bill. | HKGCVL>HKGGOV:1412
            2019-06-16 | Hundreds of thousands of marchers filled the streets of Hong Kong, demanding that Carrie Lam's government scrap the extradition bill. | HKGCVL>HKGGOV:1412
            2024-04-16 | Thousands of Georgians rallied in Tbilisi on Friday, demanding the resignation of the prime minister. | GEOCVL>GEOGOV:1411
            2018-11-23 | North Korea suspended part of a 2018 inter-Korean military agreement. | PRK>KOR:1212
            2018-11-23 | North Korea suspended the inter-Korean military agreement. | PRK>KOR:1212
            2022-09-20 | Iranians protested in Tehran to protest the death of Mahsa Amini. | IRNCVL>IRNGOV:141
            2022-09-20 | Iranians protested in Tehran to protest the death of a young woman. | IRNCVL>IRNGOV:141
            """)
    void gapWordsDoNotBlockThePattern(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    /** Session 35: the purpose a crowd states after the places and days of its act, and a firm is no maker of policy. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Thousands of Serbians rallied outside the president's office in Belgrade on Saturday, demanding that he resign. | SRBCVL>SRBGOV:1411
            2023-03-15 | Thousands of Peruvians took to the streets in Lima and other cities on Sunday to demand an end to the regime. | PERCVL>PERGOV:1411
            2023-03-15 | Farmers blocked roads across Ecuador for a third week to demand the cancellation of a deal with a Chinese mining company. | ECUCVL>ECUGOV:1442
            """)
    void aPurposeAfterThePlacesSharpensTheProtest(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-07 | Sweden became NATO's 32nd member on Thursday, ending two centuries of military non-alignment. | IGOWSTNAT>SWE:050
            2024-05-12 | Tens of thousands of Georgians rallied outside parliament in Tbilisi on Sunday against a bill. | GEOCVL>GEOLEG:1412
            2024-02-17 | Russia fired missiles at Kyiv on Sunday, killing three civilians. | RUS>UKR:194
            """)
    void aWeekdayReachesOnlyTheParticipleRightAfterIt(LocalDate date, String sentence, String expected) {
        // past "on Thursday," the "of" of "two centuries of" is no pattern's "member of"; "on Sunday against" stays a gap
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-16 | The marchers reached Hong Kong on Sunday, singing songs.
            2018-11-23 | Russia suspended some of its agreements on Sunday, citing security.
            """)
    void noEventFromTheGapAlone(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }
}
