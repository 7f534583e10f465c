package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A vowed response followed only by when or how it comes ("at a time of its choosing", "in kind") names no one
 * answered, so it answers the state whose forces acted before, the bare state as for a response with nothing after it
 * (session 25). A response "to" something names what it answers and keeps that target. Constructed wire-style
 * sentences, not gold or tuning lines.
 */
class ResponseMannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Indian warplanes struck a camp inside Pakistan on Tuesday, and Pakistan vowed to respond at a time of its choosing. | PAK>IND:138
            Indian warplanes struck a camp inside Pakistan on Tuesday, and Pakistan vowed to respond in kind. | PAK>IND:138
            Indian troops shelled villages in Kashmir on Tuesday, and Pakistan vowed to retaliate. | PAK>IND:138
            """)
    void aResponseWithOnlyItsMannerAnswersTheStateWhoseForcesActed(String text, String expected) {
        assertThat(events(text, LocalDate.parse("2019-02-26"))).contains(expected)
                .noneMatch(e -> e.endsWith(":138") && !e.equals(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Kremlin accused Kyiv of plotting a drone attack and said Russia reserved the right to respond at a time of its choosing. | RUS>UKRGOV:130
            """)
    void aGovernmentAccusedStaysTheGovernment(String text, String expected) {
        // only a state's forces are answered as the state; a government named as the doer stays
        assertThat(events(text, LocalDate.parse("2023-05-04"))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russian troops massed on the border at a time of high tension, and Ukraine said it would respond.
            """)
    void noResponseThreatWithoutAnActAnswered(String text) {
        assertThat(events(text, LocalDate.parse("2022-01-16"))).noneMatch(e -> e.startsWith("UKR"));
    }
}
