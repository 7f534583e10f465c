package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * GOLD-SET.md S30-18: "would/will have to" follows its subject: laid by a speaker on another actor it is a demand
 * (10x, as "must"; gold k-044, q-095), on the speaker's own side the announced act (gold g-163, z-159). Sentences
 * written for the test.
 */
class WouldHaveToFollowsItsSubjectTest {

    private static List<String> events(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 6, 15)).events().stream()
                .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Malian prime minister said French troops would have to leave the country by the end of the year.|MLIGOV>FRAMIL",
        "Erdogan said Finland would have to extradite the suspects before Ankara could approve its membership.|TURGOV>FIN",
    })
    void laidOnAnotherItIsADemand(String text, String pair) {
        assertThat(events(text)).anyMatch(e -> e.startsWith(pair + ":10"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Medvedev warned that Russia would have to use nuclear weapons if Ukraine attacked Crimea.|RUS>UKR:138",
    })
    void onTheSpeakersOwnSideItIsTheAct(String text, String event) {
        assertThat(events(text)).anyMatch(e -> e.startsWith(event));
    }
}
