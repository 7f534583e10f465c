package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.assertEvents;
import static org.touchstone.coder.CoderTestSupport.code;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 32 (miss32c): acts in a "whether" clause with its own modal and acts in a present-tense clause of time are
 * not asserted; hotlines and communication channels cut are relations reduced (161); a force's other names for its
 * degree of alert (152); a show of force named with its target (150). Constructed sentences, never gold or tuning
 * sentences, with near misses.
 */
class UnassertedClausesAndLinesCutTest {
    private static final LocalDate DAY = LocalDate.of(2023, 5, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It is not clear whether Putin will travel to India next month. | -
            The Kremlin has yet to confirm whether Xi would visit Moscow. | -
            The talks will resume after Russian troops withdraw from Kherson, officials said. | -
            Russian troops withdrew from Kherson after Ukrainian forces struck their supply lines. | RUSMIL>UKR:0874
            Israel struck Gaza after Hamas fired rockets into Israel. | ISR>PSE:194 PSEREB>ISR:194
            """)
    void unassertedClauses(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            North Korea cut all hotlines with South Korea on Tuesday. | PRK>KOR:161
            Pyongyang severed the military hotline with Seoul. | PRKGOV>KORGOV:161
            Japan raised its threat level over North Korean missile launches. | JPN>PRKMIL:152
            China staged a show of force aimed at Taiwan. | CHN>TWN:150
            """)
    void linesCutAlertAndShowOfForce(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }

    /** "..., and the group responded by firing": the armed group named earlier in the sentence does the gerund's act. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Israel killed a Hezbollah commander in Beirut, and the group retaliated by firing rockets at northern Israel. | ISR>LBNUAF:186 LBNUAF>ISR:194
            An Israeli air strike killed a senior Islamic Jihad commander in Gaza, and the group responded by firing rockets into southern Israel. | ISRMIL>PSEREB:186 PSEREB>ISR:194
            """)
    void theGroupAnswering(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }

    @Test
    void aMonitoringGroupIsNoArmedGroupNamedBefore() {
        String text = "Islamic State fighters killed more than 200 civilians in a two-day rampage in the Syrian town of Kobani, "
                + "a monitoring group said on Friday.";
        assertEvents(text, DAY, "IMGMOSISI>SYRCVL:202");
        assertThat(code(text, DAY).statements()).isEmpty();
    }

    /** "Yemen's Houthi rebels": a state's possessive before a group the dictionary places in that state is the group. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Security Council demanded that Yemen's Houthi rebels stop their attacks on ships. | IGOUNOSCR>YEMREB:1056
            The European Union urged Colombia's ELN guerrillas to free the hostages. | IGOEUREEC>COLREB:0253
            """)
    void statesOwnNamedGroup(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }

    /** "Iranian Quds Force targets": a state's demonym right before one of the state's named bodies is that body. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Israeli jets struck Iranian Quds Force targets near Damascus. | ISRMIL>IRNMIL:195
            Israeli jets struck Iranian IRGC positions near Damascus. | ISRMIL>IRNMIL:195
            Israeli jets struck Iranian targets near Damascus. | ISRMIL>IRN:195
            """)
    void demonymBeforeTheStatesNamedBody(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }
}
