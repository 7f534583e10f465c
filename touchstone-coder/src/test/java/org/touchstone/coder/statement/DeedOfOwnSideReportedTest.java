package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * R3a: words that name no one and report the one deed the sentence codes by the speaker's side, or done to it, are about
 * that deed's other party (session 34, stmt34; after dev g-017, tune8 v-005, tune10 b-097). Sentences written for the
 * test.
 */
class DeedOfOwnSideReportedTest {
    private static Statement only(String text) {
        return CoderTestSupport.onlyStatement(text, LocalDate.of(2023, 6, 15));
    }

    @Test
    void theOtherPartyOfTheOwnSidesDeed() {
        String text = "Taliban fighters seized Herat, the third city of Afghanistan, on Thursday, the insurgents said.";
        Statement st = CoderTestSupport.onlyStatement(text, LocalDate.of(2021, 8, 12));
        assertThat(st.speaker()).isEqualTo("AFGREB");
        assertThat(st.targets()).containsExactly("AFG");
    }

    @Test
    void theDoerOfADeedDoneToTheSpeakersSide() {
        assertThat(only("Volodymyr Zelensky said Ukraine had received its first Patriot batteries from Germany.").targets())
                .containsExactly("DEU");
    }
}
