package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 33 (roles33), S33-15: diplomats sent away are their state's government whatever the phrasing, "diplomats
 * from X" and "each other's envoys" as much as "X's diplomats"; one's own diplomats called home leave a bare state.
 * Sentences written for this test.
 */
class ExpelledDiplomatsTest {

    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lithuania expelled diplomats from Belarus and Russia on Tuesday. | LTU>BLRGOV:161 LTU>RUSGOV:161
            Bolivia ordered diplomats from Spain, Mexico and Peru to leave the country on Monday. | BOL>ESPGOV:161 BOL>MEXGOV:161 BOL>PERGOV:161
            Nicaragua expelled envoys from four countries, including Panama and Colombia. | NIC>PANGOV:161 NIC>COLGOV:161
            Ghana and Togo expelled each other's senior diplomats over the border dispute. | GHA>TGOGOV:161 TGO>GHAGOV:161
            Estonia expelled two Russian diplomats on Monday. | EST>RUSGOV:161
            """)
    void diplomatsSentAwayAreTheirGovernment(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Morocco recalled its ambassador from Algeria for consultations. | MAR>DZA:161
            Ghana and Togo cut ties with each other over the border dispute. | GHA>TGO:161 TGO>GHA:161
            """)
    void ownDiplomatsAndTiesLeaveTheBareState(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }
}
