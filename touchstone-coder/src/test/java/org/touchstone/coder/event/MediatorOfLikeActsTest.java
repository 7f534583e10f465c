package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * A mediator named by "a truce mediated by", "a swap brokered by" mediates toward the doers of every like act before
 * it (session 25): "Hamas freed 24 hostages and Israel released 39 prisoners" are the two sides of one trade. An
 * act of another kind ("and Israel bombed Rafah") does not make its doer a party. Constructed wire-style sentences.
 */
class MediatorOfLikeActsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2023, 11, 24));
    }

    @Test
    void bothSidesOfATradeOfReleases() {
        assertThat(events("Hamas freed 24 hostages and Israel released 39 Palestinian prisoners on Friday on the first day"
                + " of a four-day truce mediated by Qatar.")).contains("QAT>PSEREB:045", "QAT>ISR:045");
        assertThat(events("Russia freed 90 Ukrainian soldiers and Ukraine released 90 Russian prisoners in a swap mediated"
                + " by the United Arab Emirates.")).contains("ARE>RUS:045", "ARE>UKR:045");
    }

    @Test
    void theSubjectsOfOneActStayItsParties() {
        assertThat(events("Israel and Hamas agreed to a ceasefire brokered by Egypt."))
                .contains("EGY>ISR:045", "EGY>PSEREB:045");
    }

    @Test
    void anActOfAnotherKindIsNoParty() {
        assertThat(events("Hamas freed 24 hostages, and Israel bombed Rafah despite a truce mediated by Qatar."))
                .contains("QAT>PSEREB:045").doesNotContain("QAT>ISR:045");
    }

    @Test
    void theMediatedPartiesMeetThroughTheMediator() {
        // R13: 045 from the mediator to each party instead of any meeting code, theirs with each other too
        assertThat(events("Israeli negotiators held talks with Hamas officials in Cairo on Monday in a push, mediated by"
                + " Qatar, to restore a ceasefire.")).contains("QAT>ISRGOV:045", "QAT>PSEREB:045")
                .noneMatch(e -> e.endsWith(":046"));
    }
}
