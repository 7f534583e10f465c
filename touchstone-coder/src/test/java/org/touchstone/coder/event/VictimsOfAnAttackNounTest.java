package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 22: an attack told by a noun ("carried out the suicide bombing") has no object of its own; a relative clause
 * on the noun that says whom it hit gives its target, and a relative clause on the attack's place that says people
 * were killed or wounded there makes the target that state's people. A relative clause about something else, or one
 * naming people by another role, changes nothing. Sentences written for this test in wire style, never gold or tuning
 * sentences.
 */
class VictimsOfAnAttackNounTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Pakistani Taliban carried out the suicide bombing that hit a police truck in Quetta. | PAKREB>PAKCOP:1831
            Al-Shabaab fighters carried out a suicide attack that killed 20 policemen in Mogadishu. | SOMREB>SOMCOP:1831
            Boko Haram carried out a bombing which wounded 12 Nigerian soldiers. | NGAREB>NGAMIL:183
            The Pakistani Taliban carried out an attack that killed 20 policemen in Quetta. | PAKREB>PAKCOP:190
            """)
    void theRelativeClauseOnTheAttackNounNamesItsTarget(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Islamic State fighters attacked a market in Pakistan's Bajaur district, where more than 50 people were killed. | IMGMOSISI>PAKCVL:190
            Islamic State fighters carried out a suicide bombing at a rally in Afghanistan's Kunar province, where at least 30 people were killed. | IMGMOSISI>AFGCVL:1831
            Islamic State fighters attacked a market in Pakistan's Bajaur district, where civilians were wounded. | IMGMOSISI>PAKCVL:190
            """)
    void peopleKilledWhereTheAttackFellAreItsTarget(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Islamic State fighters attacked a market in Pakistan's Bajaur district, where elections are due next month. | IMGMOSISI>PAK:190
            Islamic State fighters attacked a market in Pakistan's Bajaur district, where two soldiers were killed last year. | IMGMOSISI>PAK:190
            The Pakistani Taliban carried out a suicide bombing in Quetta, which hosts a large army garrison. | PAKREB>PAKCVL:1831
            """)
    void aRelativeClauseAboutSomethingElseChangesNothing(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Pakistani Taliban carried out a suicide bombing that police said was the deadliest this year.
            Al-Shabaab fighters carried out a suicide attack on a base that Ugandan troops had used.
            Russia said the missile that struck Poland was fired by Ukraine.
            """)
    void noTargetFromAClauseThatSaysNoOneWasHit(String sentence) {
        assertThat(CoderTestSupport.events(sentence, DATE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Pakistani Taliban fighters attacked a police van in Peshawar. | PAKREB>PAKCOP:190
            Pakistani Taliban fighters attacked a police truck in Quetta. | PAKREB>PAKCOP:190
            """)
    void aStatesPoliceVehiclesAreItsPolice(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactly(expected);
    }
}
