package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * GOLD-SET.md S30-12, S30-31: the Taliban are AFGREB up to 2021-08-15, the day their fighters entered Kabul as
 * insurgents (gold u-031, t-185), and the de facto government AFGGOV from the day after, their fighters and forces
 * the state's AFGMIL (S30-12). Sentences written for the test.
 */
class TalibanOnTheDayKabulFellTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-08-14|AFGREB",
        "2021-08-15|AFGREB",
        "2021-08-16|AFGMIL",
    })
    void theTalibanTakeTheCapital(String date, String code) {
        var coded = CoderTestSupport.code("Taliban fighters seized the city of Jalalabad.", LocalDate.parse(date));
        assertThat(coded.events()).extracting(e -> e.source().code()).contains(code);
    }

    /** S30-12 (session 31): their fighters and forces are the state's forces after the takeover, their officials its government. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Taliban forces detained two Pakistani traders.|AFGMIL",
        "Taliban troops fired on Iranian border guards.|AFGMIL",
        "Taliban officials met Chinese diplomats in Kabul.|AFGGOV",
        "Pakistani Taliban fighters attacked a police post.|PAKREB",
    })
    void afterTheTakeover(String text, String code) {
        var coded = CoderTestSupport.code(text, LocalDate.of(2023, 5, 2));
        assertThat(coded.events()).extracting(e -> e.source().code()).contains(code);
    }
}
