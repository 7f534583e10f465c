package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "its" + a role word agrees in number with the body it takes up (session 24): people named by a plural common noun
 * ("Iranian protesters", "Chinese troops") are "their", so "its" passes over them to the last body named as a singular,
 * or to the state the sentence placed them in. Capitalised names ending in s stay singular; with no singular body before
 * it, "its" keeps the last body named. Constructed wire-style sentences, not gold or tuning lines.
 */
class ItsAgreementTest {
    private static List<String> its(String text) {
        return CoderTestSupport.actors(text, LocalDate.of(2024, 5, 10),
                m -> m.entries().stream().anyMatch(e -> e.startsWith("coreference:its ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Saudi Arabia protested after Iranian protesters stormed its embassy.|SAUGOV",
            "Mexico said Ecuadorian police had entered its embassy without permission.|MEXGOV",
            "Mali's junta rejected accusations by 15 Western governments, its spokesman said.|MLIGOV",
            "Chinese troops arrived in Serbia to train its army.|SRBMIL",
            "Russian troops arrived in Mali, and its president welcomed them.|MLIGOV",
    })
    void itsPassesOverPeopleNamedInThePlural(String text, String code) {
        assertThat(its(text)).containsExactly(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a capitalised name ending in s is one body
            "The Philippines said its coast guard would escort the boats.|PHLCOP",
            "Sudan's Rapid Support Forces said its fighters had taken the city.|SDNREB",
            // a singular body named last is still the one meant
            "Iranian protesters gathered outside the Saudi embassy as Saudi Arabia recalled its ambassador.|SAUGOV",
            // only people in the plural before it: they stay the referent
            "Iranian police said its commander had been dismissed.|IRNMIL",
    })
    void singularBodiesAndLoneReferentsAreKept(String text, String code) {
        assertThat(its(text)).containsExactly(code);
    }
}
