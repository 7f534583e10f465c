package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The first valid date written in running text, whichever of the three forms writes it. */
class DateExpressionsTest {
    @Test
    void theFirstDateWrittenWinsWhateverItsForm() {
        assertThat(DateExpressions.findIn("Filed 4 Feb 2022; updated 2022-03-01 and March 5, 2022"))
                .isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(DateExpressions.findIn("Updated March 5, 2022 after 2022-03-07")).isEqualTo(LocalDate.of(2022, 3, 5));
    }

    @Test
    void anImpossibleDateIsPassedOver() {
        assertThat(DateExpressions.findIn("On February 30, 2022 or 2022-02-31, then 1 March 2022"))
                .isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(DateExpressions.findIn("no date here")).isNull();
    }
}
