package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.core.Statement;

/**
 * S7-6: a comma participle after the doer's own deed that labels what it acted on as a noun with its article
 * (", calling the raid an act of barbarism"), or that cites a reason another actor is the author of (", citing attacks
 * by Italian leaders"), is the doer's words. A reason of no one's, or a participle that asks for something, is not.
 * Session 26 (aud26), session 36 (stmt36); sentences written for the test.
 */
class ReasonsGivenForDeedsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bolivia cut ties with Peru on Monday, calling the arrest of its consul an act of state terrorism.|BOL|PER",
        "Ghana handed the detained Togolese soldiers back to Togo on Friday, calling their release a gesture of goodwill.|GHA|TGO",
        "Mexico expelled two Ecuadorean diplomats, calling the storming of its embassy in Quito a grave breach of international law.|MEX|ECU",
        "Chile recalled its ambassador to Lima on Thursday, citing 'repeated, insulting remarks' by Peruvian officials.|CHL|PER",
        "Mali's junta ordered the Swedish envoy to leave the country within 72 hours, citing hostile acts by Stockholm.|MLIMIL|SWE",
        // no act coded before the reason: the actor the sentence opens with is the doer (session 36)
        "Viktor Orban ordered the army to guard the southern border, citing threats by Serbian gangs.|HUNGOV|SRB",
    })
    void theDoerSpeaks(String text, String speaker, String target) {
        Statement st = CodedStatements.only(text);
        assertThat(st.speaker()).isEqualTo(speaker);
        assertThat(st.targets()).anySatisfy(t -> assertThat(t).startsWith(target)); // the sector is not asked here
    }

    /**
     * Session 36: a reason given with words is the speaker's, and about its authors too; the victims of the deed it
     * tells are not its authors.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Peru said it would boycott next week's summit with Ecuador, citing hostile remarks by Bolivian officials.|PER|ECU BOLGOV",
        "Estonia's parliament declared Russia a terrorist state on Wednesday, citing its violence against Ukrainian civilians.|ESTLEG|RUS",
    })
    void theReasonOfWordsIsAboutItsAuthors(String text, String speaker, String targets) {
        Statement st = CodedStatements.only(text);
        assertThat(st.speaker()).isEqualTo(speaker);
        assertThat(st.targets()).containsExactlyInAnyOrder(targets.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Romania ordered Russia on Monday to cut its embassy staff in Bucharest by 40 people, citing national security concerns.",
        "Serbia put its army on high alert on Monday, citing threats to ethnic Serbs in northern Kosovo.",
        "Mali's junta ordered the Swedish envoy to leave the country within 72 hours, citing security reasons.",
        "Chile recalled its ambassador to Lima on Thursday.",
    })
    void aReasonOfNoOnesIsNoStatement(String text) {
        assertThat(CodedStatements.statements(text)).isEmpty();
    }
}
