package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Cooperative acts the coder read but coded nothing for (session 25): a force called multinational or foreign placed
 * "in" a state taken for that state's own, talks announced as ahead with only the partner named, and an object whose
 * inserted list (", including X,") cut the pattern off from its target. Constructed wire-style sentences, not gold or
 * tuning lines, with paraphrases that must code and near misses that must not.
 */
class CooperationLeftUncodedTest {
    private static List<String> events(String text, int year) {
        return CoderTestSupport.events(text, LocalDate.of(year, 6, 15));
    }

    // --- 1. a force or people called foreign, multinational or international are not the state's they are in

    @Test
    void aMultinationalForceInAStateIsLedForThatState() {
        assertThat(events("Kenya offered to lead a multinational security force in Haiti.", 2023))
                .containsExactly("KEN>HTI:0334");
        assertThat(events("Kenya agreed to lead a multinational security force in Haiti.", 2023))
                .containsExactly("KEN>HTI:0334");
        assertThat(events("Kenya offered to lead an international police force in Haiti.", 2023))
                .containsExactly("KEN>HTI:0334");
    }

    @Test
    void forcesInAStateWithNoSuchWordStayItsOwn() {
        assertThat(events("Kenya criticised the security forces in Haiti.", 2023)).containsExactly("KEN>HTICOP:111");
        assertThat(events("Russia criticised foreign troops in Syria.", 2019)).isEmpty();
        assertThat(events("Russia criticised Turkish troops in Syria.", 2019)).containsExactly("RUS>TURMIL:111");
    }

    // --- 2. talks with a partner announced as ahead are between the announcing state and the partner

    @Test
    void talksWithAPartnerAnnouncedAsAheadAreIntendedByBoth() {
        assertThat(events("Nepal's foreign minister told reporters in Kathmandu that talks with India on the disputed "
                + "border would resume next month.", 2020)).containsExactlyInAnyOrder("NPL>IND:036", "IND>NPL:036");
        assertThat(events("Nepal said talks with India would be held next month.", 2020))
                .containsExactlyInAnyOrder("NPL>IND:036", "IND>NPL:036");
        assertThat(events("Talks with India will resume next month, Nepal's foreign minister said.", 2020))
                .containsExactlyInAnyOrder("NPL>IND:036", "IND>NPL:036");
    }

    @Test
    void talksNotAheadOrOfOthersAreNotTheSpeakers() {
        assertThat(events("Nepal said talks with India would not resume.", 2020)).isEmpty();
        assertThat(events("Nepal said talks with India had resumed.", 2020)).isEmpty();
        assertThat(events("Nepal said talks between India and China would resume next month.", 2020))
                .containsExactlyInAnyOrder("IND>CHN:036", "CHN>IND:036");
    }

    // --- 3. a list inserted between commas does not cut the pattern off

    @Test
    void anInsertedListBeforeTheTargetIsPassedOver() {
        assertThat(events("Mexico sent 29 drug cartel figures, including Rafael Caro Quintero, to the United States on Thursday.", 2025))
                .containsExactly("MEX>USA:063");
        assertThat(events("Mexico sent 29 drug cartel figures, among them Rafael Caro Quintero, to the United States.", 2025))
                .containsExactly("MEX>USA:063");
        assertThat(events("Mexico sent 29 cartel figures, including one leader, to the United States.", 2025))
                .containsExactly("MEX>USA:063");
    }

    @Test
    void aListThatEndsTheClauseOrHoldsTheTargetsKeepsItsReading() {
        assertThat(events("Mexico sent 29 cartel figures, including Caro Quintero.", 2025)).isEmpty();
        assertThat(events("Mexico sent 29 suspects, including two cartel leaders, Canada said.", 2025)).isEmpty();
        assertThat(events("BRICS leaders invited six countries, including Saudi Arabia, Iran and Egypt, to join the bloc.", 2023))
                .containsExactlyInAnyOrder("IGOBUSBRC>SAU:036", "IGOBUSBRC>IRN:036", "IGOBUSBRC>EGY:036");
    }
}
