package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (R4, R8): the content of a claim whose maker is named after the noun ("claims by Kyiv that ...") is not
 * asserted, and a denial whose content names another actor as the doer is aimed at whom the denied act hit, not at that
 * doer. Constructed wire-style sentences with near misses: a confirmed report, a passive denied clause, a denied noun.
 */
class ClaimsAndDeniedDoersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-03-01 | Russia rejected claims by Kyiv that its forces had shelled Kharkiv. | RUS>UKRGOV:016
            2022-03-01 | Russia rejected accusations by Kyiv that its forces had shelled Kharkiv. | RUS>UKRGOV:016
            2022-03-01 | Russia dismissed allegations by Ukraine that Russian troops had shelled Kharkiv. | RUS>UKR:016
            2022-03-01 | Washington rejected accusations from Beijing that American spy planes had violated Chinese airspace. | USAGOV>CHNGOV:016
            """)
    void theClaimOfANamedClaimantIsNotAsserted(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-03-01 | The claims by Kyiv drew a sharp response, and Russia said that its forces had shelled Kharkiv. | RUSMIL>UKR:194
            """)
    void aClaimNounOutsideTheClauseLeavesItAsserted(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-08-20 | Moscow denied that Ukrainian forces had shelled Belgorod.
            2022-08-20 | Moscow denied that Ukrainian drones had struck an oil depot in Belgorod.
            2022-08-20 | The Kremlin denied that Ukrainian saboteurs had attacked Bryansk.
            """)
    void aDeniedDoerIsNoTargetAndTheDeniersOwnSideIsNone(String date, String text) {
        assertThat(events(text, LocalDate.parse(date))).noneMatch(e -> e.endsWith(":016"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-08-20 | Kyiv denied that Ukrainian forces had shelled Belgorod. | UKRGOV>RUS:016
            2022-03-01 | Moscow denied that Russian forces had shelled Kharkiv. | RUSGOV>UKR:016
            2022-09-01 | Rwanda denied that its troops were fighting alongside M23 rebels in eastern Congo. | RWA>COD:016
            """)
    void theDenialIsAimedAtWhomTheDeniedActHit(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-08-20 | Moscow denied that Ukrainian forces had been shelled by Russian artillery. | RUSGOV>UKRMIL:016
            2024-07-28 | Hezbollah denied any role in a rocket strike on a football pitch in the Israeli-controlled Golan Heights that killed 12 children. | LBNUAF>ISR:016
            """)
    void aPassiveSubjectOrADeniedNounKeepsItsTarget(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
