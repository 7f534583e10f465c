package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Words told to a leader in person that say what "must" or "should" happen, with no actor as the subject, ask it of
 * the one told: a demand (100) or an appeal (020), R10. Session 24 (reported24); sentences written for the test after
 * tune9 w-089 and tune3 v-175.
 */
class AskedOfTheOneToldTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2011-02-01|Barack Obama told Mubarak in a phone call that an orderly transition \"must begin now\".|USAGOV>EGYGOV:100",
        "2011-02-01|Obama told Mubarak that the transition must start immediately.|USAGOV>EGYGOV:100",
        "2022-03-01|Macron told Putin in a phone call that the blockade must end, the Elysee said.|FRAGOV>RUSGOV:100",
        "2021-06-16|Joe Biden told Vladimir Putin at their summit in Geneva that critical infrastructure should be off-limits to cyber attacks.|USAGOV>RUSGOV:020",
    })
    void whatMustOrShouldHappenIsAskedOfTheOneTold(LocalDate day, String text, String event) {
        assertThat(CoderTestSupport.events(text, day)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the speaker's own side must act, or nothing is asked at all
        "2011-02-01|Obama told Mubarak that we must work together.|USAGOV>EGYGOV",
        "2022-03-01|Macron told Putin in a phone call that our countries should keep talking.|FRAGOV>RUSGOV",
        "2011-02-01|Obama told Mubarak that the talks would continue.|USAGOV>EGYGOV",
        // the modal is past the first clause of the words
        "2011-02-01|Obama told Mubarak that it was time for talks, and elections should be held soon.|USAGOV>EGYGOV",
        // a state told by name is told through the news; reporters are no side
        "2011-02-01|Obama told Egypt that the transition must begin now.|USAGOV>EGY",
        "2011-02-01|Obama told reporters that the transition must begin now.|USAGOV>",
        // one's own side that must act is no demand of the one told
        "2023-11-01|Netanyahu told Biden that Israel must keep security control over Gaza.|ISRGOV>USAGOV",
    })
    void nothingIsAskedOfTheOneTold(LocalDate day, String text, String pair) {
        assertThat(CoderTestSupport.events(text, day)).noneMatch(e -> e.startsWith(pair) && (e.endsWith(":100") || e.endsWith(":020")));
    }
}
