package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * Two states that together report what their own sides did to each other ("the two defence ministries said") each
 * speak of the other side's forces as the words name them (gold v-049).
 * Session 26 (stmt26b); sentences written for the test.
 */
class ClashReportedByBothSidesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chilean and Peruvian troops exchanged fire along the border on Monday, the two defence ministries said.|CHLGOVMIL|PERMIL|PERGOVMIL|CHLMIL",
        "Indian and Chinese soldiers exchanged fire in the Galwan valley, the two defence ministries said in a joint statement.|INDGOVMIL|CHNMIL|CHNGOVMIL|INDMIL",
    })
    void eachSpeaksOfTheOthersForces(String text, String one, String oneAbout, String other, String otherAbout) {
        List<Statement> said = CodedStatements.statements(text);
        assertThat(said).extracting(Statement::speaker).containsExactlyInAnyOrder(one, other);
        assertThat(said).filteredOn(st -> st.speaker().equals(one)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(oneAbout));
        assertThat(said).filteredOn(st -> st.speaker().equals(other)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(otherAbout));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a joint stance with no act between the two is aimed at a third party, unnamed here
        "Chile and Peru condemned the attack on the embassy, the two foreign ministries said.|CHLGOV|PERGOV",
    })
    void aJointStanceStaysAtNoOne(String text, String one, String other) {
        List<Statement> said = CodedStatements.statements(text);
        assertThat(said).extracting(Statement::speaker).containsExactlyInAnyOrder(one, other);
        assertThat(said).allSatisfy(st -> assertThat(st.targets()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one side reporting: its words were about the other side already
        "Chilean and Peruvian troops exchanged fire along the border on Monday, the Chilean defence ministry said.|CHLGOVMIL|PERMIL",
        // an agreement between the two: each speaks of the other state, as before
        "Chile and Peru agreed to reopen their border, the two foreign ministries said in a joint statement.|CHLGOV|PERGOV",
    })
    void otherReportsUnchanged(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }
}
