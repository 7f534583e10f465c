package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.assertEvents;
import static org.touchstone.coder.CoderTestSupport.code;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 25 vocabulary: every tense of laying down arms or weapons (0873; agreed to, 0356), military aid resumed
 * (072, not the 070 of aid in general), and Sofia as Bulgaria's seat of government, a capital that is also a given name
 * and so not read before an unknown surname. Constructed wire-style sentences, not gold or tuning lines.
 */
class DisarmingAidAndCapitalsVocabularyTest {

    private static final LocalDate DAY = LocalDate.parse("2023-09-20");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Separatists in Nagorno-Karabakh agreed to lay down their arms.           | AZEREB>AZE:0356
            Separatists in Nagorno-Karabakh agreed on Wednesday to lay down their arms. | AZEREB>AZE:0356
            Separatists in Nagorno-Karabakh agreed to lay down their weapons.        | AZEREB>AZE:0356
            Separatists in Nagorno-Karabakh laid down their arms.                    | AZEREB>AZE:0873
            Separatists in Nagorno-Karabakh are laying down their weapons.           | AZEREB>AZE:0873
            Separatists in Nagorno-Karabakh laid down weapons.                       | AZEREB>AZE:0873
            """)
    void layingDownArmsInEveryTense(String text, String expected) {
        assertEvents(text, DAY, expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Separatists in Nagorno-Karabakh laid down their conditions.",
            "Separatists in Nagorno-Karabakh lay in wait.",
    })
    void otherThingsLaidDownAreNoDisarming(String text) {
        assertThat(events(text, DAY)).noneMatch(e -> e.endsWith(":0873") || e.endsWith(":0356"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States resumed military aid to Ukraine.          | USA>UKR:072
            The United States resumed arms deliveries to Taiwan.        | USA>TWN:072
            The United States resumed security assistance to Ukraine.   | USA>UKR:072
            The United States resumed aid to Ukraine.                   | USA>UKR:070
            """)
    void militaryAidResumedIsMilitaryAid(String text, String expected) {
        assertEvents(text, LocalDate.parse("2025-03-11"), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sofia accused Moscow of blackmail.                      | BGRGOV>RUSGOV:112
            Sofia expelled 70 Russian diplomats on Tuesday.         | BGRGOV>RUSGOV:161
            Bulgaria and Slovakia were left without Russian gas on Wednesday, and Sofia accused both Moscow and Kyiv of holding Europe hostage. | BGRGOV>RUSGOV:112 BGRGOV>UKRGOV:112
            """)
    void sofiaAsAnActorIsBulgariasGovernment(String text, String expected) {
        assertEvents(text, LocalDate.parse("2022-05-25"), expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Sofia Coppola accused critics of bias.",
            "Queen Sofia of Spain visited Greece.",
            "Sofia Kenin beat Garbine Muguruza in Melbourne.",
            "Putin held talks in Sofia on Tuesday.",
    })
    void sofiaAsAGivenNameOrAPlaceIsNoGovernment(String text) {
        var coded = code(text, LocalDate.parse("2022-05-25"));
        assertThat(events(coded)).noneMatch(e -> e.startsWith("BGRGOV"));
        assertThat(coded.statements()).noneMatch(st -> st.speaker().startsWith("BGR"));
    }
}
