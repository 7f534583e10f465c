package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Words told to a leader in person that say what "must" or "should" happen, with no actor as the subject, ask it of
 * the one told: a demand (100) or an appeal (020), R10. Session 24 (reported24); sentences written for the test after
 * tune8 w-089 and tune3 v-175.
 */
class AskedOfTheOneToldTest {
    private static final LocalDate DAY = LocalDate.of(2021, 6, 16);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Barack Obama told Mubarak in a phone call that an orderly transition \"must begin now\".|USAGOV>EGYGOV:100",
        "Obama told Mubarak that the transition must start immediately.|USAGOV>EGYGOV:100",
        "Macron told Putin in a phone call that the blockade must end, the Elysee said.|FRAGOV>RUSGOV:100",
        "Joe Biden told Vladimir Putin at their summit in Geneva that critical infrastructure should be off-limits to cyber attacks.|USAGOV>RUSGOV:020",
    })
    void whatMustOrShouldHappenIsAskedOfTheOneTold(String text, String event) {
        assertThat(events(text)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the speaker's own side must act, or nothing is asked at all
        "Obama told Mubarak that we must work together.|USAGOV>EGYGOV",
        "Macron told Putin in a phone call that our countries should keep talking.|FRAGOV>RUSGOV",
        "Obama told Mubarak that the talks would continue.|USAGOV>EGYGOV",
        // the modal is past the first clause of the words
        "Obama told Mubarak that it was time for talks, and elections should be held soon.|USAGOV>EGYGOV",
        // a state told by name is told through the news; reporters are no side
        "Obama told Egypt that the transition must begin now.|USAGOV>EGY",
        "Obama told reporters that the transition must begin now.|USAGOV>",
        // one's own side that must act is no demand of the one told
        "Netanyahu told Biden that Israel must keep security control over Gaza.|ISRGOV>USAGOV",
    })
    void nothingIsAskedOfTheOneTold(String text, String pair) {
        assertThat(events(text)).noneMatch(e -> e.startsWith(pair) && (e.endsWith(":100") || e.endsWith(":020")));
    }
}
