package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * GOLD-SET.md S30-17: applying to a court for a warrant is 115 toward the person named (gold q-094); a warrant
 * issued or obtained stays 173. Sentences written for the test.
 */
class WarrantSoughtTest {

    private static boolean coded(String text, String event) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 6, 15)).events().stream()
                .anyMatch(e -> (e.source().code() + ">" + e.target().code() + ":" + e.code()).equals(event));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The International Criminal Court's prosecutor sought an arrest warrant for Russian President Vladimir Putin.|IGOJUDICC>RUSGOV:115",
        "The International Criminal Court's prosecutor asked judges to issue an arrest warrant for Myanmar's military ruler Min Aung Hlaing.|IGOJUDICC>MMRMIL:115",
    })
    void aWarrantAskedForIsALegalAction(String text, String event) {
        assertThat(coded(text, event)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin.|IGOJUDICC>RUSGOV:173",
    })
    void aWarrantIssuedIsAnArrest(String text, String event) {
        assertThat(coded(text, event)).isTrue();
    }
}
