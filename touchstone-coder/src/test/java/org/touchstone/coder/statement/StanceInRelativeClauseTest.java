package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * GOLD-SET.md S30-15: a criticism in a relative clause on a (background) noun is the labeller's own event and
 * statement, aimed at the noun's actor (gold q-087, e-001). Sentences written for the test.
 */
class StanceInRelativeClauseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia expelled two Estonian diplomats on Friday, days after a speech by President Alar Karis, which Moscow branded hostile.|RUSGOV|ESTGOV",
        "Japan summoned South Korea's ambassador on Tuesday, days after President Yoon Suk Yeol's visit to the disputed islands, which Tokyo branded provocative.|JPNGOV|KORGOV",
        "Paraguay recalled its ambassador on Friday, hours after Nicolas Maduro was sworn in for a third term that Asuncion called illegitimate.|PRYGOV|VENGOV",
    })
    void theLabellerCriticisesTheNounsActor(String text, String speaker, String about) {
        var coded = CoderTestSupport.code(text, LocalDate.of(2023, 6, 15));
        assertThat(coded.statements()).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
        assertThat(coded.events()).anyMatch(e -> speaker.equals(e.source().code()) && about.equals(e.target().code()) && e.code().startsWith("11"));
    }
}
