package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 23: speakers named together ("Britain and France said ...", "in a joint statement") each take the stance
 * their words take (R3c): a charge in joint words is an event of every speaker, not of the last one named. Speakers
 * who speak of each other keep the content's own act (R3b). Sentences written for this test in wire style, never gold
 * or tuning sentences.
 */
class JointSpeakersStancesTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DATE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Germany and Poland said in a joint statement that Belarus was behind the migrant crisis on the border. | POL>BLR:112 DEU>BLR:112
            Russia and Belarus said Poland was to blame for the tensions on the border. | BLR>POL:112 RUS>POL:112
            Britain and France said Russia was responsible for the attack, and Germany said it agreed. | FRA>RUS:112 GBR>RUS:112
            """)
    void eachJointSpeakerTakesTheStance(String sentence, String expected) {
        assertThat(events(sentence)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            India and Pakistan said in a joint statement that they would observe the ceasefire. | IND>PAK:0356 PAK>IND:0356
            Britain and the European Union said the talks had been constructive. |
            """)
    void speakersOfEachOtherOrOfNoOneTakeNoStanceEvent(String sentence, String expected) {
        assertThat(events(sentence)).containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
