package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs the dictionary knows whose event was lost to grammar, written for this test (never gold or tuning sentences):
 * a state's rebels placed at home who de-escalate (lay down their arms, declare a truce) and name no one yield to their
 * state; the subject of a passive named only by role, acted on by a state's police, troops or courts, is that state's
 * people as in the active voice; a reaction caused by an earlier act ("..., prompting Mexico to break off relations")
 * with no target of its own is aimed at that act's doer, relations cut at the doer's state. Each row is "date | sentence | expected events"; the near misses list every event the sentence gives.
 */
class GrammarGapsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2016-06-23 | FARC rebels in Colombia agreed to lay down their weapons. | COLREB>COL:0356
            2023-09-21 | The separatists in Nagorno-Karabakh laid down their arms on Thursday. | AZEREB>AZE:0873
            2022-04-02 | Houthi rebels in Yemen declared a unilateral truce. | YEMREB>YEM:0871
            """)
    void rebelsAtHomeDeescalateTowardTheirState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | The opposition leader was arrested by Georgian police on Tuesday. | GEOCOP>GEOOPP:173
            2023-03-15 | Two journalists were detained by Turkish police in Istanbul. | TURCOP>TURMED:173
            2023-03-15 | Hundreds of protesters were detained by Russian police on Sunday. | RUSCOP>RUSCVL:173
            2023-03-15 | An opposition activist was sentenced by an Egyptian court to five years in prison. | EGYJUD>EGYOPP:116
            """)
    void aPassivesSubjectNamedByRoleIsTheAgentsOwnPeople(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-04-06 | Ecuadorean police stormed the Mexican embassy in Quito, prompting Mexico to break off diplomatic relations. | ECUCOP>MEX:171 MEX>ECU:161
            2023-03-15 | Nicaragua expelled the German ambassador, prompting Berlin to recall its envoy. | NIC>DEUGOV:161 DEUGOV>NIC:161
            2014-03-18 | Russia annexed Crimea, prompting the European Union to impose sanctions. | RUS>UKR:192 IGOEUREEC>RUS:163
            2015-11-24 | Turkey shot down a Russian jet, prompting Moscow to suspend military contacts. | TUR>RUS:190 RUSGOV>TUR:161
            """)
    void aPromptedReactionIsAimedAtTheEarlierDoer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Prices rose sharply, prompting Egypt to impose sanctions. |
            2022-12-21 | Mexico granted asylum to the family of Pedro Castillo, prompting Peru to expel the Mexican ambassador. | MEX>PERCVL:075 PER>MEXGOV:161
            2023-03-15 | Dozens of protesters were arrested by Russian police in Tbilisi. | RUSCOP>GEOCVL:173
            2023-03-15 | Two soldiers were killed by government troops on Sunday. |
            2023-03-15 | Dozens of protesters were arrested on Sunday. |
            2023-03-15 | Two Turkish journalists were detained by Russian police. | RUSCOP>TURMED:173
            2023-11-20 | Hamas agreed to a three-day truce. |
            2016-06-23 | FARC rebels agreed to lay down their weapons. |
            2022-04-02 | Houthi rebels agreed to a ceasefire with Saudi Arabia. | YEMREB>SAU:0356 SAU>YEMREB:0356
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }
}
