package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (miss31c). A body's gathering "on the sidelines of" which two leaders act is where they act, not a party to
 * it; a capital that is protested, complained or written "to" hears as its government (GOLD-SET, Metonyms); a bare
 * "Congress" beside the one state named is that state's when its own legislature is so called. Sentences written for
 * this test.
 */
class ForumsAndCapitalsAddressedTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-28 | Modi and Xi Jinping agreed at their talks on the sidelines of the G20 summit in Osaka to expand trade.
            2022-09-16 | Erdogan and Putin agreed on the sidelines of the SCO summit to boost grain exports.
            """)
    void aForumOnWhoseSidelinesTheyActIsNoParty(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isNotEmpty().noneMatch(e -> e.contains("IGO"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-04-20 | Ghana protested to Beijing over the evictions of its citizens. | GHA>CHNGOV:114
            2021-03-01 | Moscow complained to Kyiv about the shelling of its border villages. | RUSGOV>UKRGOV:114
            """)
    void aCapitalProtestedToIsItsGovernment(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-01 | Thousands of refugees fled to Kyiv after the shelling. | UKR
            2021-03-01 | Biden flew to Tokyo for the talks. | JPN
            """)
    void aCapitalReachedIsStillAPlace(LocalDate date, String sentence, String place) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(place + "GOV"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-11-10 | Peruvian President Martin Vizcarra criticised Congress over the impeachment vote. | PERGOV>PERLEG:111
            2021-03-01 | China criticised Congress for the bill. | CHN>USALEG:111
            2021-03-01 | Germany criticised Congress for the bill. | DEU>USALEG:111
            """)
    void aBareCongressIsTheOneStatesWhenItHasOne(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
