package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * R12: every member of a compound speaker speaks, also when the list closes the sentence after a comma ("...,
 * Boric and Boluarte told a joint news conference") and when its verb of saying follows another verb after "and"
 * ("Chile and Peru agreed to ... and said ..."), and when it names a work's authors before it ("a joint UN and AU inquiry
 * concluded"). A list that is not the saying's subject stays one speaker. Session 26
 * (aud26); sentences written for the test.
 */
class CompoundSpeakersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chile and Peru agreed to reopen their border, Chilean President Gabriel Boric and Peruvian President Dina Boluarte told a joint news conference in Lima.|CHLGOV|PERGOV",
        "Chile and Peru agreed to reopen their border and said they would resume trade talks.|CHL|PER",
        "Kenya and Tanzania signed a trade pact on Monday and said they would lift tariffs on each other's goods.|KEN|TZA",
        "Ghana and Togo filed complaints at the WTO against European cotton subsidies, saying they depressed world prices.|GHA|TGO",
        "A joint UN and African Union inquiry concluded that Sudanese forces had killed hundreds of civilians in Darfur.|IGOUNO|IGOAFRAFU",
    })
    void eachMemberSpeaks(String text, String one, String other) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).contains(one, other);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chilean troops clashed with Peruvian police near the border, the Chilean defence ministry said.|CHLGOVMIL",
        "Russia welcomed Iran's offer and said it would send a delegation to Tehran.|RUS",
    })
    void aListThatIsNotTheSubjectIsNoCoSpeaker(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).containsExactly(speaker);
    }
}
