package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Idioms the verb dictionary did not know, each with its family of wire phrasings (session 29, idioms29): a joint
 * patrol flown, sailed or held with words between verb and noun (062 both ways), reserves called up, mobilised or
 * activated (154), and an attack laid on its author ("masterminded", "orchestrated": the attack's own code), and the European Union and other blocs left (160). The sentences are written for this test, never taken from a gold or tuning file; each family has near misses
 * that must not code its act.
 */
class IdiomFamiliesTest {

    private static final LocalDate DATE = LocalDate.of(2024, 5, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia and China flew their first joint long-range air patrol over the Sea of Japan. | RUS>CHN:062 CHN>RUS:062
            Russia and China held a joint naval patrol near Alaska. | RUS>CHN:062 CHN>RUS:062
            Japan held joint patrols with the Philippines in the South China Sea. | JPN>PHL:062 PHL>JPN:062
            Israel called up two reserve brigades for operations against Hezbollah in Lebanon. | ISR>LBNUAF:154
            Russia mobilised 300,000 reservists for the war in Ukraine. | RUS>UKR:154
            Hezbollah masterminded the bombing of the Israeli embassy in Buenos Aires. | LBNUAF>ISR:183
            Russia orchestrated the poisoning of Alexei Navalny. | RUS>RUSOPP:185
            Russia orchestrated the cyberattack on Ukraine's power grid. | RUS>UKR:176
            Iran masterminded the drone attack on Saudi Arabia. | IRN>SAU:190
            Britain left the European Union at 11 p.m. on Friday, ending 47 years of membership. | GBR>IGOEUREEC:160
            Venezuela quit Mercosur in protest. | VEN>IGOSAMBUSMRC:160
            """)
    void theIdiomCodesItsAct(String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, DATE, expected);
    }

    /** The family's words in an everyday sense (a flight, a phone call, a delay, support, a summit or a building left): not its code. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Biden flew to Israel. | 062
            Putin called up the president of France. | 154
            The project was behind schedule, Germany said. | 18
            France stood behind Ukraine. | 18
            Russia orchestrated a campaign against Ukraine. | 19
            Boris Johnson left the EU summit early. | 16
            Macron left the EU headquarters in Brussels on Friday. | 16
            Britain voted to leave the European Union in a referendum. | 16
            """)
    void aNearMissDoesNotCodeTheFamilysAct(String sentence, String code) {
        assertThat(CoderTestSupport.events(sentence, DATE))
                .noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(code));
    }
}
