package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * GOLD-SET.md S30-12: a president- or prime-minister-elect is OPP until sworn in (gold p-085, h-031, u-249), as the
 * dictionary dates Trump's row. Sentences written for the test.
 */
class ElectedNotYetSwornInTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Argentina's president-elect Alberto Fernandez said he would visit Mexico before taking office.|2019-11-05|ARGOPP",
        "Chile's president-elect said on Monday he would seek closer ties with Argentina.|2021-12-21|CHLOPP",
    })
    void theElectSpeaksAsOpposition(String text, String date, String speaker) {
        assertThat(CoderTestSupport.code(text, LocalDate.parse(date)).statements())
                .anyMatch(st -> st.speaker().equals(speaker));
    }
}
