package org.touchstone.coder.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
    @ParameterizedTest
    @CsvSource({"killed, true", "taken, true", "met, true", "shot down, true", "thrown, true", "sought, true",
            "kill, false", "meet, false", "shoot, false", "threw, false", "talks, false"})
    void pastParticipleTakesRegularAndIrregularForms(String form, boolean participle) {
        assertThat(Words.pastParticiple(form)).isEqualTo(participle);
    }

    @ParameterizedTest
    @CsvSource({"shot, true", "held, true", "built, true", "met, false", "thrown, false", "taken, false"})
    void theCommonIrregularParticiplesAreTheNarrowerClassWithinTheFullList(String form, boolean common) {
        assertThat(Words.COMMON_IRREGULAR_PARTICIPLES.contains(form)).isEqualTo(common);
        assertThat(Words.IRREGULAR_PARTICIPLES.contains(form)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"after, true, false", "unless, true, false", "whereas, true, true", "although, true, true",
            "but, false, true", "and, false, false", "that, false, false", "during, false, false"})
    void subordinatorsAndContrastsAreConjunctionsOnly(String word, boolean subordinator, boolean contrast) {
        assertThat(Words.SUBORDINATORS.contains(word)).isEqualTo(subordinator);
        assertThat(Words.CONTRASTS.contains(word)).isEqualTo(contrast);
    }
}
