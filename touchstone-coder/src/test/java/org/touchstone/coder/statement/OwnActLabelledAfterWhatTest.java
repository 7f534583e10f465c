package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GOLD-SET.md S30-1 (b): the doer's own side naming its own act after "what" speaks about the act's target (015 for
 * its own force, 010 otherwise) and adds no event (gold u-087, w-046, t-044, v-159). Sentences written for the test.
 */
class OwnActLabelledAfterWhatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Turkey released a detained Greek soldier on Friday in what President Erdogan called a goodwill gesture.|TURGOV|GRCMIL|010",
        "Indian jets struck what New Delhi called a militant training camp inside Pakistan on Tuesday.|INDGOV|PAK|015",
        "Russian forces shelled Ukrainian positions near Bakhmut in what the Russian defence ministry called a pre-emptive strike.|RUSGOVMIL|UKRMIL|015",
    })
    void theLabellerSpeaksOfTheActsTarget(String text, String speaker, String about, String code) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> {
                    assertThat(st.targets()).containsExactly(about);
                    assertThat(st.code()).isEqualTo(code);
                });
    }

    @Test
    void theLabellersOwnSideIsNoTarget() {
        // the act's target is the government's own side: the statement stands, about no one (S30-44: unnamed)
        assertThat(CodedStatements.statements("Belarus jailed five journalists on Friday in what the government called a fair trial."))
                .filteredOn(st -> st.speaker().equals("BLRGOV")).singleElement()
                .satisfies(st -> assertThat(st.targets()).doesNotContain("BLRGOV"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // another side's label of the act is its own characterization, not this
        "Russian forces shelled Ukrainian positions near Bakhmut in what Kyiv called a war crime.|UKRGOV",
        // no "what": the report keeps no distance and names no labeller
        "Turkey released a detained Greek soldier on Friday as a goodwill gesture.|TURGOV",
    })
    void noOwnLabelNoSuchStatement(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).noneMatch(st -> st.speaker().equals(speaker) && st.code().equals("010"));
    }
}
