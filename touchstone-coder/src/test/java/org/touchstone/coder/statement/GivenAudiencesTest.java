package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Audience;
import org.touchstone.core.Statement;

/**
 * Session 21 (aud21): an audience belongs to the clause of its speech verb. A channel stated in one speaker's clause is
 * not the channel of another speaker's clause in the same sentence; sentences written for the test.
 */
class GivenAudiencesTest {
    private static Audience audience(String text, String speaker) {
        List<Statement> all = CoderTestSupport.code(text, LocalDate.of(2024, 3, 1)).statements();
        return all.stream().filter(st -> st.speaker().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + speaker + " in: " + text + " " + all)).audience();
    }

    @Test
    void aChannelOfTheFirstSpeakersClauseIsNotTheNextSpeakers() {
        String address = "Emmanuel Macron condemned the attack in a televised address on Sunday, while Turkey's foreign ministry "
                + "called his remarks provocative.";
        assertThat(audience(address, "FRAGOV")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience(address, "TURGOV")).isEqualTo(Audience.UNKNOWN);
        String press = "Olaf Scholz criticised Moscow's decision at a news conference in Berlin, and the Kremlin said his remarks "
                + "were hostile.";
        assertThat(audience(press, "DEUGOV")).isEqualTo(Audience.PRESS_CONFERENCE);
        assertThat(audience(press, "RUSGOV")).isEqualTo(Audience.UNKNOWN);
        String asClause = "Japan's prime minister told reporters in Tokyo that China's drills were unacceptable, as Beijing accused "
                + "Tokyo of interference.";
        assertThat(audience(asClause, "JPNGOV")).isEqualTo(Audience.PRESS_CONFERENCE);
        assertThat(audience(asClause, "CHNGOV")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void aChannelIsNotASubordinateOrRelativeClausesSpeakers() {
        String after = "Indian foreign ministry spokesman Arindam Bagchi told a weekly briefing that New Delhi would not accept "
                + "mediation, after Pakistan's prime minister called for talks on Kashmir.";
        assertThat(audience(after, "INDGOV")).isEqualTo(Audience.PRESS_CONFERENCE);
        assertThat(audience(after, "PAKGOV")).isEqualTo(Audience.UNKNOWN);
        // the sentence's opening phrase belongs to its main clause, not to a relative or appended one
        String charge = "In a televised address, Venezuelan President Nicolas Maduro accused Colombia of plotting to kill him, "
                + "a charge Bogota denied.";
        assertThat(audience(charge, "VENGOV")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience(charge, "COLGOV")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void aChannelSharedByTheSpeakersOfOneClauseOrATrailingAttributionStays() {
        // a trailing attribution reports all the words before it, with its channel
        assertThat(audience("Serbia rejected the report on Friday, denouncing accusations by the European Commission, its foreign "
                + "minister told reporters in Belgrade.", "SRB")).isEqualTo(Audience.PRESS_CONFERENCE);
        // speakers named together, and a coordinated clause under the sentence's opening phrase
        String together = "At a summit in Brussels, Emmanuel Macron said Europe must rearm, and Olaf Scholz said Germany would "
                + "raise defence spending.";
        assertThat(audience(together, "FRAGOV")).isEqualTo(Audience.MULTILATERAL);
        assertThat(audience(together, "DEUGOV")).isEqualTo(Audience.MULTILATERAL);
    }
}
