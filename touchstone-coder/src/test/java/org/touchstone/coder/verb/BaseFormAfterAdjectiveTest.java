package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * A base verb form right after an actor written as a singular adjective ("Western support", "Russian aid") is the noun
 * it modifies, not that actor's verb; a name ("US", "EU", "Russia") or a plural demonym ("Americans") may be a subject.
 * Session 26 (bugs26).
 */
class BaseFormAfterAdjectiveTest {

    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Zelensky welcomed Western support.|UKRGOV>WST:051",
        "Zelensky welcomed American support.|UKRGOV>USA:051",
        "Zelensky welcomed Russian aid.|UKRGOV>RUS:051",
        "Zelensky welcomed South Korean aid.|UKRGOV>KOR:051",
        "Zelensky welcomed the Western support.|UKRGOV>WST:051",
    })
    void theAdjectivesNounIsNoVerbOfItsOwn(String text, String event) {
        CoderTestSupport.assertEvents(text, DAY, event);
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(Statement::speaker).containsExactly("UKRGOV");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The EU hit Russia with new sanctions.|IGOEUREEC>RUS:163",
        "The US hit Russia with new sanctions.|USA>RUS:163",
        "Missiles fired by Russia hit Kyiv.|RUS>UKR:194",
        "Americans support Ukraine, Biden said.|USACVL>UKR:051",
        "Russian forces attack Kyiv.|RUSMIL>UKR:190",
        "The EU kept sanctions on Russia in place.|IGOEUREEC>RUS:1244",
    })
    void aNameOrAPluralStaysASubject(String text, String event) {
        assertThat(CoderTestSupport.events(text, DAY)).contains(event);
    }
}
