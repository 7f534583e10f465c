package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "by"-gerund inside reported words is done by the reported clause's subject, not by the speaker (session 27):
 * "Lavrov said Finland had made a mistake by joining NATO" is Finland's joining (NATO's 050 toward Finland, R18),
 * never NATO toward Russia. Constructed sentences.
 */
class GerundInsideReportedWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lavrov said Finland had made a mistake by joining NATO. | IGOWSTNAT>FIN:050
            Lavrov said that Finland made a mistake by joining NATO. | IGOWSTNAT>FIN:050
            Finland had made a mistake by joining NATO, Lavrov said. | IGOWSTNAT>FIN:050
            """)
    void theGerundIsTheReportedSubjects(String sentence, String expected) {
        assertEvents(sentence, LocalDate.of(2023, 5, 14), expected);
    }
}
