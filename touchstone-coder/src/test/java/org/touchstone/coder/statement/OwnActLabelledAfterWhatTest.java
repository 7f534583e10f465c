package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GOLD-SET.md S30-1 (b): the doer's own side naming its own act after "what" speaks about the act's target (015 for
 * its own force, 010 otherwise) and adds no event (gold u-087, w-046, t-044, v-159). The labeller may be the doer's
 * pronoun ("what it called"), and a judging label of the act's reason ("over what it called lies") is S30-1 (a): the
 * evaluation's code (tune11 k-056, tune14 s-052). Sentences written for the test.
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the doer's own act, its pronoun labelling it; the act may follow the label
        "Serbia expelled a Croatian diplomat on Monday in what it called a reciprocal measure.|SRB|HRVGOV|010",
        "Israel launched what it called a limited operation on Sunday, shelling Hezbollah positions in southern Lebanon.|ISR|LBNUAF|015",
        // a judging label of what the act answers: the evaluation, about the act's target
        "Russia barred three Estonian officials from entering the country for spreading what it called disinformation.|RUS|ESTGOV|111",
        "Poland expelled a Belarusian diplomat over what it called tendentious reports on state television.|POL|BLRGOV|111",
    })
    void theDoersPronounLabelsItsAct(String text, String speaker, String about, String code) {
        theLabellerSpeaksOfTheActsTarget(text, speaker, about, code);
    }

    @Test
    void aPronounInsideAnotherSpeakersWordsIsNoNewSpeaker() {
        // "he" is the minister who speaks, not the army whose act he reports
        assertThat(CodedStatements.statements("The Russian defence minister said the army had repelled what he called a provocation by Ukrainian forces."))
                .extracting(st -> st.speaker()).containsExactly("RUSGOVMIL");
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
