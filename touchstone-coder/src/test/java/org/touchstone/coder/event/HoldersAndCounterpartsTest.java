package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Session 35 (miss35b): a release asked of whoever seized or detained in the clause before, a military council as a
 * state's military beside a coordinated partner, and the speaker's counterpart met where words are told. Sentences
 * written for this test, not gold or tuning lines.
 */
class HoldersAndCounterpartsTest {
    private static final LocalDate DATE = LocalDate.of(2023, 3, 15);

    @Test
    void aReleaseNamingNoHolderIsAskedOfTheEarlierSeizer() {
        assertThat(events("Russia detained a British journalist, and London demanded his release.", DATE))
                .containsExactlyInAnyOrder("RUS>GBRMED:173", "GBRGOV>RUS:1053");
        assertThat(events("Iranian forces seized a Greek tanker on Monday, and Athens demanded the immediate release of the ship and its crew.", DATE))
                .contains("GRCGOV>IRNMIL:1053");
    }

    @Test
    void aReleaseWithNoSeizureBeforeStaysWithoutTarget() {
        assertThat(events("Athens demanded the immediate release of the ship.", DATE)).isEmpty();
        assertThat(events("Russia criticised Britain, and London demanded the release of the files.", DATE))
                .doesNotContain("GBRGOV>RUS:1053");
    }

    @Test
    void aMilitaryCouncilIsTheStatesMilitaryAndKeepsItsPartner() {
        assertThat(events("Sudan's transitional military council and the opposition agreed to share power.", DATE))
                .containsExactlyInAnyOrder("SDNMIL>SDNOPP:030", "SDNOPP>SDNMIL:030");
        assertThat(events("Niger's ruling military council expelled the French ambassador.", DATE))
                .containsExactly("NERMIL>FRAGOV:160");
    }

    @Test
    void aCounterpartToldInHisCapitalIsAVisit() {
        assertThat(events("Wang Yi told his Brazilian counterpart in Brasilia on Monday that China wanted to expand trade with Brazil.", DATE))
                .contains("CHNGOV>BRAGOV:042", "BRAGOV>CHNGOV:043");
        assertThat(events("Wang Yi told his Brazilian counterpart by phone that China would buy more soybeans.", DATE))
                .contains("CHNGOV>BRAGOV:041", "BRAGOV>CHNGOV:041");
        assertThat(events("Wang Yi told his supporters in Beijing that China would prevail.", DATE)).isEmpty();
    }

    @Test
    void aJointNewsConferenceToldOrSpokenAtIsTheEncounter() {
        assertThat(events("Wang Yi told a joint news conference with his Brazilian counterpart in Brasilia that China would buy more soybeans.", DATE))
                .contains("CHNGOV>BRAGOV:042", "BRAGOV>CHNGOV:043");
        assertThat(events("Speaking at a joint news conference with his Brazilian counterpart in Brasilia, Wang Yi said China would buy more soybeans.", DATE))
                .contains("CHNGOV>BRAGOV:042", "BRAGOV>CHNGOV:043");
        assertThat(events("Wang Yi told a news conference in Brasilia that China would buy more soybeans.", DATE))
                .noneMatch(e -> e.contains(":04"));
    }

    @Test
    void anAddressToAForeignParliamentIsAVisitItHosts() {
        assertThat(events("Addressing Brazil's parliament in Brasilia, Wang Yi said China would buy more soybeans.", DATE))
                .contains("CHNGOV>BRALEG:042", "BRALEG>CHNGOV:043");
        assertThat(events("Wang Yi told Brazil's parliament on Monday that China would buy more soybeans.", DATE))
                .contains("CHNGOV>BRALEG:042", "BRALEG>CHNGOV:043");
        // an address by video is no visit (S32-12)
        assertThat(events("Addressing Brazil's parliament by video, Wang Yi said China would buy more soybeans.", DATE))
                .noneMatch(e -> e.contains(":04"));
    }
}
