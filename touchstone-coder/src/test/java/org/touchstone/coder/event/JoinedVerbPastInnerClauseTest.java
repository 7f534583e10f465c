package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb joined by ", and" after a relative clause that the comma closes continues the head clause: its subject is the
 * head clause's, not the relative clause's. Session 28 (joins28).
 */
class JoinedVerbPastInnerClauseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "France condemned the attack by Iran, which killed three soldiers, and summoned the Iranian ambassador.|FRA>IRNGOV:",
        "Germany criticised the raid by Russia, which wounded two aid workers, and expelled two Russian diplomats.|DEU>RUSGOV:",
        "Biden met Xi, who warned him about Taiwan, and pledged to keep talking with China.|USAGOV>CHN:03",
    })
    void theJoinedVerbTakesTheHeadClauseSubject(String text, String pair) {
        assertThat(CodedActs.events(text)).anyMatch(e -> e.startsWith(pair));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // no comma closes the relative clause: "and" joins inside it, and the head clause lends nothing
        "France condemned the Iranian militia, which stormed the base and summoned the Iraqi ambassador.|FRA>IRQGOV:",
    })
    void aRelativeClauseNotClosedKeepsItsVerbs(String text, String wrongPair) {
        assertThat(CodedActs.events(text)).noneMatch(e -> e.startsWith(wrongPair));
    }
}
