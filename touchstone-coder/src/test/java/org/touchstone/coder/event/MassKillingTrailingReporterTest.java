package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.assertEvents;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Twenty or more counted civilians killed by a state's forces, reported by someone named after the deed (", Human Rights
 * Watch said", ", according to the UN"), are the mass killing reported (202) at home, as when the reporter leads the
 * sentence. Sentences written for this test.
 */
class MassKillingTrailingReporterTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-02-25 | Cameroonian soldiers killed 21 civilians in the village of Ngarbuh, Human Rights Watch said. | CMRMIL>CMRCVL:202
            2020-02-25 | Chadian troops killed 35 villagers on Sunday, Amnesty International said. | TCDMIL>TCDCVL:202
            2020-02-25 | Human Rights Watch said Cameroonian soldiers killed 21 civilians in the village of Ngarbuh. | CMRMIL>CMRCVL:202
            """)
    void reportedMassKilling(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-02-25 | Cameroonian soldiers killed 21 civilians in the village of Ngarbuh.
            2020-02-25 | Cameroonian soldiers killed three civilians in the village of Ngarbuh, Human Rights Watch said.
            """)
    void noMassKillingUnreportedOrFew(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":202"));
    }

    /**
     * Session 33 (miss33a): the outlet that reports the killing after it (", according to a BBC investigation", ", a
     * CNN investigation found") is no party to it, as one that reports it before is not.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-05-10 | Chadian troops killed at least 30 villagers in raids, according to a BBC investigation. | TCDMIL>TCDCVL:202
            2021-05-10 | Nigerian soldiers massacred more than 50 villagers in a series of raids in the north, according to the BBC. | NGAMIL>NGACVL:202
            2021-05-10 | Ethiopian troops killed at least 40 civilians in the town, a CNN investigation found. | ETHMIL>ETHCVL:202
            """)
    void anOutletReportingAfterTheDeedIsNoParty(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    /** The finding's author after the deed (", a UN report found") is no target of the killing. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-05-10 | Chadian troops killed hundreds of villagers near the lake, a UN report found. | TCDMIL>TCDCVL:202
            2021-05-10 | Chadian troops killed 40 villagers in Kaiga, an Amnesty International inquiry concluded. | TCDMIL>TCDCVL:202
            2021-05-10 | Chadian troops killed hundreds of villagers, UN investigators found. | TCDMIL>TCDCVL:202
            """)
    void findingAfterTheDeedIsNoTarget(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    /**
     * Mercenaries fight in a state not their own: beside a state's forces they kill that state's people, each killer a
     * source; alone, in a place the dictionaries do not know, they say nothing of whose people they kill.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-05-10 | Wagner mercenaries and Central African troops killed hundreds of civilians in the town of Bria. | RUSMIL>CAFCVL:202 CAFMIL>CAFCVL:202
            2021-05-10 | Russia's Wagner mercenaries killed hundreds of civilians in the village of Sorkaba. | -
            2021-05-10 | Russia's Wagner mercenaries killed hundreds of civilians in Libya. | RUSMIL>LBYCVL:202
            """)
    void mercenariesKillAbroad(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
