package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * R12: a pair of states taken up by their ministries ("the two defence ministries said", "both ministries said") speaks
 * as each state's ministry: its government, or its defence ministry.
 * Session 26 (aud26); sentences written for the test.
 */
class PairOfMinistriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chile and Peru agreed to reopen their border, the two foreign ministries said in a joint statement.|CHLGOV|PERGOV",
        "Kenya and Uganda agreed to build a railway link, both ministries said on Monday.|KENGOV|UGAGOV",
        "Chilean and Peruvian troops exchanged fire along the border on Monday, the two defence ministries said.|CHLGOVMIL|PERGOVMIL",
    })
    void eachStatesMinistrySpeaks(String text, String one, String other) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).containsExactlyInAnyOrder(one, other);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chile's foreign minister met Peru's defence minister in Lima, the Chilean ministry said.|CHLGOV",
    })
    void oneMinistryIsNoPair(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).containsExactly(speaker);
    }
}
