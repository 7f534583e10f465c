package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;

import org.junit.jupiter.api.Test;

/** The stance of reported words (GOLD-SET.md R3c, R10, R11), on sentences written for the test. */
class ReportedStanceTest {
    @Test
    void theWordsToldBeginAfterTheAddresseeAndTheCircumstanceOfTheTelling() {
        assertThat(only("Kishida told Biden in a phone call on Monday that he was confident relations would keep improving.")
                .code()).isEqualTo("013");
        assertThat(only("Macron told Scholz at a meeting in Berlin on Tuesday that he was deeply concerned about the crisis.")
                .code()).isEqualTo("012");
        assertThat(only("Erdogan told Putin during a telephone call that Ankara was grateful for the grain deal.").code())
                .isEqualTo("051");
        // with no "that", the call is what the words report
        assertThat(only("Kishida told Biden in a phone call on Monday about the summit.").code()).isEqualTo("010");
    }

    @Test
    void aProblemToBeDealtWithIsNoStance() {
        assertThat(only("Xi said China was willing to help resolve Pyongyang's security concerns.").code()).isNotEqualTo("012");
        assertThat(only("Biden said infrastructure should be off-limits to cyber attacks by Russia.").code()).isNotEqualTo("112");
        assertThat(only("Modi said India and Japan would cooperate in tackling terrorism.").code()).isNotEqualTo("112");
        // near miss: the charge itself stands
        assertThat(only("Kyiv said Russia was behind the cyber attacks on its banks.").code()).startsWith("112");
    }
}
