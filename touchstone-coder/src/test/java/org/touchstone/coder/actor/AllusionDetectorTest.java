package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.Tokenizer;

/** The allusions events and statements share: a doer group of states only alluded to, and the phrase table. */
class AllusionDetectorTest {
    private static Sentence sentence(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        return new Sentence(0, tokens, 0, text.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            some countries            | true
            certain Western countries | true
            foreign power             | true
            another state             | true
            unnamed governments       | true
            some Gulf Arab nations    | true
            some protesters           | false
            Western countries         | false
            the countries             | false
            some of the major powers  | false
            some countries and Iran   | false
            """)
    void aDoerGroupOfStatesOnlyAlludedTo(String group, boolean alluded) {
        Sentence s = sentence(group);
        assertThat(AllusionDetector.alludedStates(s, 0, s.size())).isEqualTo(alluded);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He warned certain countries against meddling. | UIS
            He warned some Western governments.           | WST
            He warned some forces.                        | ''
            """)
    void theTableGivesTheCodeOfStatesAlludedTo(String text, String code) {
        Sentence s = sentence(text);
        AllusionDetector.Allusion a = new AllusionDetector().find(s, 0, s.size());
        assertThat(a).isNotNull();
        assertThat(a.code()).isEqualTo(code.isEmpty() ? null : code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He warned Western countries.
            He spoke during the occupation.
            """)
    void namedStatesOrATimeAreNoAllusion(String text) {
        Sentence s = sentence(text);
        assertThat(new AllusionDetector().find(s, 0, s.size())).isNull();
    }
}
