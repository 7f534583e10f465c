package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * The World Court named in words on a dispute between states is where the dispute is settled, not whom the words are
 * about: the other party is (S34-13; session 34, stmt34, after tune4 w-129, tune7 z-174, tune17 ta-094). Sentences
 * written for the test.
 */
class CourtOfADisputeTest {
    private static Statement only(String text) {
        return CoderTestSupport.onlyStatement(text, LocalDate.of(2023, 6, 15));
    }

    @Test
    void theOtherPartyIsTheTarget() {
        assertThat(only("Colombia said it did not recognise the jurisdiction of the International Court of Justice over its"
                + " maritime dispute with Nicaragua.").targets()).containsExactly("NIC");
        assertThat(only("Belize said it rejected a ruling by the International Court of Justice that gave Guatemala part of"
                + " the disputed cays.").targets()).containsExactly("GTM");
    }

    @Test
    void theCourtAloneStaysTheTarget() {
        assertThat(only("Israel said the International Court of Justice had no authority to rule on its conduct.").targets())
                .contains("IGOUNOJUDICJ");
    }
}
