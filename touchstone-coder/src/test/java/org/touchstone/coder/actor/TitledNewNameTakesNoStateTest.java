package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * A title with a name the dictionaries do not know and no state word ("Foreign Minister Abdulla Mavlonov") is a new
 * person: it does not take the state of the last person named in an earlier sentence, another state's minister
 * (session 29, tidy29; sentences written for the test).
 */
class TitledNewNameTakesNoStateTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    @Test
    void aNewForeignMinisterIsNotTheLastMinistersState() {
        assertThat(CoderTestSupport.events("Russian Foreign Minister Sergei Lavrov met his Chinese counterpart in Beijing "
                + "on Monday. Foreign Minister Abdulla Mavlonov criticised Japan on Tuesday.", DAY))
                .noneMatch(e -> e.endsWith(">JPN:111"));
    }

    @Test
    void aNewDefenceMinisterIsNotTheLastPresidentsState() {
        assertThat(CoderTestSupport.events("Chinese President Xi Jinping visited Moscow. Defence Minister Tomas Vukovic "
                + "condemned Serbia.", DAY))
                .noneMatch(e -> e.contains(">SRB:"));
    }
}
