package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * A participle of speech in an absolute clause after a comma, with or without "with" (", Xi warning that ...",
 * ", with Xi telling Biden that ..."), is a statement by the actor right before it; that actor is no object of the
 * verb before the comma, and the one told is no part of the words. Session 26 (bugs26).
 */
class SpeechAbsoluteTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden and Xi met in Bali on Monday, with Xi telling Biden that Taiwan was the first red line.|CHNGOV",
        "Biden and Xi met in Bali on Monday, Xi telling Biden that Taiwan was the first red line.|CHNGOV",
        "Biden and Xi met in Bali on Monday, Xi warning that Taiwan was a red line.|CHNGOV",
        "China held military drills near Taiwan, Beijing warning that Taiwan was a red line.|CHNGOV",
        "Russia struck Kyiv overnight, Ukraine saying that 20 civilians were killed.|UKR",
        "Putin met Xi in Moscow, Peskov saying the talks were constructive.|RUSGOV",
    })
    void theAbsolutesSubjectSpeaks(String text, String speaker) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(Statement::speaker).contains(speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden and Xi met in Bali on Monday, Xi warning that those who play with fire would get burnt.|CHNGOV>USAGOV:130",
        "Biden met Xi in Bali, Biden warning that Russia would pay a heavy price.|USAGOV>RUS:130",
        "Venezuela cut ties with Colombia, Maduro accusing Bogota of plotting a coup.|VENGOV>COLGOV:112",
        "Putin met Xi in Moscow, Xi praising Russia's role in the world.|CHNGOV>RUS:051",
    })
    void theAbsolutesStanceIsItsSubjects(String text, String event) {
        assertThat(CoderTestSupport.events(text, DAY)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden and Xi met in Bali on Monday, with Xi telling Biden that Taiwan was the first red line.",
        "Biden and Xi met in Bali on Monday, Xi telling Biden that Taiwan was the first red line.",
        "Xi told Biden that Taiwan was the first red line.",
    })
    void wordsToldAreAboutWhatTheyNameNotTheOneTold(String text) {
        assertThat(CoderTestSupport.events(text, DAY)).contains("CHNGOV>TWN:010").doesNotContain("CHNGOV>USAGOV:010");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden and Xi met in Bali on Monday, Xi telling Biden that Taiwan was the first red line.",
        "Biden and Xi met in Bali on Monday, Xi warning that Taiwan was a red line.",
    })
    void theSpeakerIsNoPartnerOfTheMeetingBefore(String text) {
        assertThat(CoderTestSupport.events(text, DAY)).contains("USAGOV>CHNGOV:044", "CHNGOV>USAGOV:044");
    }

    @Test
    void aParticipleThatIsNoSpeechAfterItsSubjectStaysARelative() {
        // near miss: no comma before the actor, "sending" is no speech; the warning is Russia's alone
        assertThat(CoderTestSupport.code("Western countries sending troops to Ukraine would face retaliation, Russia warned.", DAY)
                .statements()).extracting(Statement::speaker).containsExactly("RUS");
    }

    @Test
    void aParticipleOfADeedAfterTheSameSideStillElaborates() {
        assertThat(CoderTestSupport.events("Venezuela cut ties with Colombia, with Maduro giving Colombian diplomats 24 hours to leave.", DAY))
                .containsExactly("VEN>COL:161");
    }
}
