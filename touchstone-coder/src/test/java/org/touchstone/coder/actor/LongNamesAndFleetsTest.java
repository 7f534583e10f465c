package org.touchstone.coder.actor;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34 (miss34b): a state named in several words whose last word carries a holding compound ("a Marshall
 * Islands-flagged tanker", "a Hong Kong-flagged ship") is the ship's state, as a one-word name is ("Liberian-flagged");
 * a navy's named fleets are its military. Sentences written for this test. Each row is "date | sentence | expected
 * events" (space-separated, "-" for none).
 */
class LongNamesAndFleetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Iran seized a Hong Kong-flagged container ship in the Strait of Hormuz on Tuesday. | IRN>HKG:1711
            2023-05-02 | Iran seized a Sierra Leone-flagged tanker off the coast of Oman. | IRN>SLE:1711
            2023-05-02 | Houthi rebels seized a Marshall Islands-flagged bulk carrier in the Red Sea. | YEMREB>MHL:1711
            2023-05-02 | Iran seized a Liberian-flagged tanker in the Gulf. | IRN>LBR:1711
            """)
    void aLongNameBeforeAFlagCompoundIsTheShipsState(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Iran's navy seized a Panama-flagged tanker, the US Navy's Fifth Fleet said, urging Tehran to release it at once. | IRNMIL>PAN:1711 USAMIL>IRNGOV:0253
            2023-05-02 | The US Seventh Fleet accused China of unsafe manoeuvres near the Paracel Islands. | USAMIL>CHN:112
            2023-05-02 | Ukrainian sea drones struck Russia's Black Sea Fleet near Sevastopol. | UKRMIL>RUSMIL:195
            """)
    void aNamedFleetIsItsNavysMilitary(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
