package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Better relations wanted with no partner named (R9, 030) are wanted with the one the words are told to, at a meeting,
 * in a call or anywhere ("told his Iranian counterpart that the kingdom wanted to open a new page in relations"); said to
 * no one, or to reporters, they are aimed at no one and code nothing. Session 24 (meeting24); sentences written for the
 * test after tune8 z-165.
 */
class RelationsWantedWithTheOneToldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Saudi Foreign Minister Prince Faisal bin Farhan told his Iranian counterpart during talks in Tehran that the kingdom wanted to open a new page in relations.|SAU>IRN:030",
        "Saudi Foreign Minister Prince Faisal bin Farhan told his Iranian counterpart that Saudi Arabia wanted a new chapter in ties.|SAU>IRN:030",
        "Xi Jinping told Anthony Albanese that China wanted closer ties.|CHN>AUS:030",
        "Xi Jinping told Anthony Albanese by phone that China wanted stable relations.|CHN>AUS:030",
    })
    void relationsWantedAreWithTheOneTold(String text, String event) {
        assertThat(events(text)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Xi Jinping told reporters that China wanted closer ties.",
        "Japan wants stable relations, Fumio Kishida said on Monday.",
        "China wanted closer ties.",
    })
    void relationsWantedOfNoOneToldAimAtNoOne(String text) {
        assertThat(events(text)).isEmpty();
    }
}
