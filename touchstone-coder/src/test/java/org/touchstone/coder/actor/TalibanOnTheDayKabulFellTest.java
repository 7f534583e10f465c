package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * GOLD-SET.md S30-12, S30-31: the Taliban are AFGREB up to 2021-08-15, the day their fighters entered Kabul as
 * insurgents (gold u-031, t-185), and the de facto government AFGGOV from the day after. Sentences written for the test.
 */
class TalibanOnTheDayKabulFellTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-08-14|AFGREB",
        "2021-08-15|AFGREB",
        "2021-08-16|AFGGOV",
    })
    void theTalibanTakeTheCapital(String date, String code) {
        var coded = CoderTestSupport.code("Taliban fighters seized the city of Jalalabad.", LocalDate.parse(date));
        assertThat(coded.events()).extracting(e -> e.source().code()).contains(code);
    }
}
