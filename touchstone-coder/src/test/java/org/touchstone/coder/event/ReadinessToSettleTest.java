package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readiness that "remains" and a negotiated, political or diplomatic solution sought with another: intent to settle
 * (037, R9). Session 24 (reported24); sentences written for the test after tune7 z-030. Talks said to go on, or a
 * solution sought with no one named, stay without this event.
 */
class ReadinessToSettleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia said it remained ready to find a political solution with Ukraine.|RUS>UKR:037",
        "Armenia said it remains ready to find a negotiated solution with Azerbaijan.|ARM>AZE:037",
        "Serbia said it was ready to find a diplomatic solution with Kosovo.|SRB>KSV:037",
    })
    void readinessToSettleWithAnother(String text, String event) {
        assertThat(events(text)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia said talks with Ukraine would continue.",
        "China said the two sides held talks to find a diplomatic solution.",
    })
    void nearMisses(String text) {
        assertThat(events(text)).noneMatch(e -> e.endsWith(":037"));
    }
}
