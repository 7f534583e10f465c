package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sector of a target whose country the coder already has right (GOLD-SET "Actor codes": a role suffix only when the
 * text gives one; the REB row, armed non-state groups fighting a government; the GOV row, ambassadors, envoys and
 * consulate staff). Sentences written for this test, not taken from any gold file: diplomats given a deadline to leave
 * are expelled (161 toward the government whose staff they are, as "ordered the ambassador to leave" is); ground a
 * state's own forces capture inside their state was held by its rebels. Each row is "date | sentence | expected events".
 */
class ActorSectorConventionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-09-07 | Lithuania gave three Belarusian diplomats 72 hours to leave the country. | LTU>BLRGOV:161
            2023-05-02 | Poland gave the Russian ambassador 48 hours to leave. | POL>RUSGOV:161
            2023-05-02 | Estonia severed ties with Moscow and gave Russian embassy staff five days to leave. | EST>RUSGOV:161
            2023-05-02 | Niger's military rulers gave the French ambassador a day to leave the country. | NERMIL>FRAGOV:161
            2021-11-30 | Canada has given two Chinese diplomats 72 hours to leave Ottawa. | CAN>CHNGOV:161
            2023-11-14 | Malian troops captured the town of Kidal on Tuesday. | MLIMIL>MLIREB:192
            2017-10-17 | Philippine troops seized the city of Marawi after a five-month battle, the army said. | PHLMIL>PHLREB:192
            2016-03-27 | Syrian army troops seized the ancient city of Palmyra, state media said. | SYRMIL>SYRREB:192
            2018-10-10 | Colombian soldiers occupied the village of Tumaco after heavy fighting. | COLMIL>COLREB:192
            """)
    void codesTheTargetsSector(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Israel gave Hamas two days to release the hostages. | ISR>PSEREB:139
            2023-05-02 | Russia gave Ukraine a week to accept the terms. | RUS>UKR:139
            2022-11-11 | Ukrainian troops recaptured Kherson from Russian forces. | UKRMIL>RUSMIL:192
            2022-09-11 | Ukrainian forces retook the town of Kupiansk on Saturday. | UKRMIL>UKR:192
            2024-12-08 | Syrian rebels captured the city of Homs on Saturday. | SYRREB>SYR:192
            2016-03-27 | Russian troops captured the town of Avdiivka. | RUSMIL>UKR:192
            """)
    void aNearMissKeepsItsCoding(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }
}
