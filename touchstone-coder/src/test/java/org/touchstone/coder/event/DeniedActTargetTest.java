package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whom a denial is aimed at when no accuser is named (session 23, R8): the party the denied act in the denial's content
 * hit, the state of a struck place included. Constructed wire-style sentences, not gold or tuning lines, with near
 * misses: a named accuser wins, the denier's own state is no target, and a second act after "and" is no denied one.
 */
class DeniedActTargetTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-04-08 | Russia's defence ministry denied that its missiles had struck the railway station in Kramatorsk. | RUSGOVMIL>UKR:016
            2022-03-17 | Moscow denied that its forces had bombed a theatre in Mariupol. | RUSGOV>UKR:016
            2022-03-01 | The Kremlin denied that Russian troops had shelled the city of Kharkiv. | RUSGOV>UKR:016
            2022-03-01 | Russia denied that its forces had shelled Kharkiv. | RUS>UKR:016
            2022-03-01 | Russia denied shelling Kharkiv. | RUS>UKR:016
            2023-10-18 | Israel denied that its aircraft had struck the Al-Ahli hospital in Gaza. | ISR>PSE:016
            """)
    void aDenialWithNoAccuserIsAimedAtWhomTheDeniedActHit(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-03-01 | Russia rejected claims by Kyiv that its forces had shelled Kharkiv. | RUS>UKRGOV:016
            2022-03-01 | Russia denied shelling Kharkiv, rejecting Washington's accusations. | RUS>USAGOV:016
            2022-03-01 | Russia denied shelling Kharkiv, rejecting accusations by Washington. | RUS>USAGOV:016
            """)
    void aNamedAccuserStaysTheTarget(String date, String text, String expected) {
        // the accuser, not the place shelled; the place before the comma is no owner of the accusations
        assertThat(events(text, LocalDate.parse(date))).contains(expected).doesNotContain("RUS>UKR:016");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-03-01 | Russia denied that its forces had shelled Russian border villages.
            2022-03-01 | Russia denied shelling Russian villages.
            2022-03-01 | Russia denied the accusations.
            2022-03-01 | Russia denied that it had shelled anything.
            """)
    void noTargetWhenTheDeniedActHitTheDeniersOwnStateOrNoOne(String date, String text) {
        assertThat(events(text, LocalDate.parse(date))).noneMatch(e -> e.endsWith(":016"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-03-01 | Russia denied the accusations and shelled Kharkiv. | RUS>UKR:194
            2022-03-01 | Russia denied the report, saying its forces had shelled military targets in Kharkiv. | RUSMIL>UKR:194
            """)
    void anActAfterAndOrASayingIsAssertedNotDenied(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
