package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * ", with X warning that ...": the actor after a comma's "with" is the subject of the participle (an absolute clause),
 * never the "with" of the verb before; words there are their speaker's own even beside its side's deed, and a warning
 * after the speaker's meeting is aimed at the one met unless the words open with their own target. Session 25
 * (bugs25b), after tune t-027.
 */
class WordsInAWithAbsoluteTest {

    private static final LocalDate DAY = LocalDate.of(2022, 8, 3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "China held military drills near Taiwan, with Xi warning that Taiwan was a red line.|CHN>TWN:150",
        "Biden and Xi held a virtual summit lasting more than three hours on Monday, with Xi warning that those who play with fire over Taiwan 'will get burnt'.|CHNGOV>USAGOV:130",
        "Biden met Xi in Bali, with Biden warning that any attack on Taiwan would be met with force.|USAGOV>CHNGOV:130",
        "Biden met Xi in Bali, with Biden warning that Russia would pay a heavy price.|USAGOV>RUS:130",
        "Venezuela cut ties with Colombia, with Maduro accusing Bogota of plotting a coup.|VENGOV>COLGOV:112",
    })
    void theAbsolutesSpeakerSpeaks(String text, String event) {
        assertThat(CoderTestSupport.events(text, DAY)).contains(event);
    }

    @Test
    void aWarningThatOpensWithItsTargetKeepsIt() {
        assertThat(CoderTestSupport.events("Biden met Xi in Bali, with Biden warning that Russia would pay a heavy price.", DAY))
                .doesNotContain("USAGOV>CHNGOV:130");
    }

    @Test
    void theAbsolutesSpeakerMakesTheStatement() {
        assertThat(CoderTestSupport.code("China held military drills near Taiwan, with Xi warning that Taiwan was a red line.", DAY)
                .statements()).extracting(Statement::speaker).containsExactly("CHNGOV");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden and Xi met in Bali, with Xi telling Biden that Taiwan was the first red line.",
        "Biden and Xi met in Bali, with Xi attending the dinner.",
        "Biden and Xi met in Bali on Monday.",
    })
    void theAbsolutesSubjectIsNoObjectOfTheMeetingBefore(String text) {
        // the two who met meet each other, each way; the absolute's "with Xi" is not the meeting's partner
        assertThat(CoderTestSupport.events(text, DAY)).contains("USAGOV>CHNGOV:044", "CHNGOV>USAGOV:044");
    }

    @Test
    void aWithThatOpensNoParticipleStaysThePartner() {
        assertThat(CoderTestSupport.events("Biden held talks in Bali, with Xi.", DAY)).contains("USAGOV>CHNGOV:046");
    }

    @Test
    void aDeedInTheAbsoluteStillElaboratesItsSidesAct() {
        assertThat(CoderTestSupport.events("Venezuela cut ties with Colombia, with Maduro giving Colombian diplomats 24 hours to leave.", DAY))
                .containsExactly("VEN>COL:161");
    }
}
