package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Audience;
import org.touchstone.core.Statement;

/** Session 20 (aud20): the audience a sentence gives for the words, on sentences written for the test. */
class StatementAudienceTest {
    private static Audience audience(String text, String speaker) {
        List<Statement> all = CoderTestSupport.code(text, LocalDate.of(2024, 3, 1)).statements();
        return all.stream().filter(st -> st.speaker().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + speaker + " in: " + text + " " + all)).audience();
    }

    @Test
    void wordsSaidAtAnEncounterWithTheOneTheyAreAboutAreSaidToIt() {
        assertThat(audience("Blinken pressed Netanyahu in Jerusalem on Monday to allow more aid into Gaza.", "USAGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Scholz urged Xi in Beijing to use his influence on Russia.", "DEUGOV")).isEqualTo(Audience.TARGET);
        assertThat(audience("Modi visited Moscow and praised Russia as a trusted friend of India.", "INDGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Erdogan rejected Biden's criticism during an hour-long phone call on Tuesday.", "TURGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Zelensky accused Russia of genocide during a tense meeting with Trump in the Oval Office.", "UKRGOV"))
                .isEqualTo(Audience.TARGET);
    }

    @Test
    void anEncounterTheWordsReportOrThatCameBeforeThemIsNoChannel() {
        // the encounter is what the speaker reports: inside its words, or before a speaker named after it
        assertThat(audience("The Kremlin said Putin had received a call from Macron.", "RUSGOV")).isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Buhari met Biya in Yaounde on Monday, the Nigerian presidency said.", "NGAGOV"))
                .isEqualTo(Audience.UNKNOWN);
        // an encounter named as the time of the words
        assertThat(audience("Blinken said after meeting Xi in Beijing that China must stop supplying Russia.", "USAGOV"))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Biden criticised China before meeting Xi in California.", "USAGOV")).isEqualTo(Audience.UNKNOWN);
    }
}
