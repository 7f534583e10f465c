package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (miss35a): people deported or forced back in the hundreds or thousands ("hundreds of", "more than a
 * thousand", "4,000") are a mass expulsion (201), also when the count sits inside the pattern's words ("forced more than
 * 4,000 refugees back to"); a count under two hundred stays an expulsion (174), as the manual's 168 Liberians do. Sentences written for this test (never gold or tuning
 * sentences). Each row is "date | sentence | expected event".
 */
class MassDeportationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-01-06 | Ghana deported hundreds of Nigerian migrants on Monday. | GHA>NGACVL:201
            2020-01-06 | Ghana deported more than a thousand Nigerians last month. | GHA>NGACVL:201
            2020-01-06 | Ghanaian soldiers forced more than 2,000 Togolese refugees back to Togo on Monday. | GHAMIL>TGOCVL:201
            2020-01-06 | Ghana deported 150 Nigerian migrants on Monday. | GHA>NGACVL:174
            2020-01-06 | Ghana deported 300 Nigerian migrants on Monday. | GHA>NGACVL:201
            """)
    void peopleDeportedByTheHundredsAreAMassExpulsion(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
