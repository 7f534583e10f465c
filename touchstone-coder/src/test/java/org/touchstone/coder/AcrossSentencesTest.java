package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.code;
import static org.touchstone.coder.CoderTestSupport.events;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * What one sentence of a report owes to the one before it: words on an act named only by its noun ("condemned the
 * launches") are aimed at the previous sentence's subject (R6 across sentences), and co-speakers are never what
 * their words are about.
 */
class AcrossSentencesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-12 | North Korea fired two ballistic missiles into the sea on Monday. Japan condemned the launches. | JPN>PRK:111
            2024-03-12 | The United States imposed new sanctions on Iran. Tehran condemned the move as illegal. | USA>IRN:163 IRNGOV>USA:111
            2024-03-12 | Germany pledged new military aid to Ukraine. Kyiv welcomed the announcement. | DEU>UKR:0332 UKRGOV>DEU:051
            2024-03-12 | Russia struck Kyiv with missiles overnight. Poland and Germany condemned the attacks. | RUS>UKR:194 POL>RUS:111 DEU>RUS:111
            2023-03-20 | Japan's prime minister visited Kyiv on Tuesday. China firmly opposes the visit, Wang Wenbin said. | JPNGOV>UKR:042 UKR>JPNGOV:043 CHNGOV>JPNGOV:111
            2023-03-20 | Taiwan's president met the US House speaker in California. Beijing condemned the meeting on Thursday. | TWNGOV>USALEG:042 USALEG>TWNGOV:043 CHNGOV>TWNGOV:111
            """)
    void wordsOnAnActNamedByItsNounAreAimedAtThePreviousSentencesSubject(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-12 | Japan condemned the launches. |
            2024-03-12 | Russia struck Kyiv with missiles overnight. Moscow defended the strikes. | RUS>UKR:194
            2024-03-12 | The United States imposed new sanctions on Iran. China criticized the decision by the Treasury. | USA>IRN:163
            """)
    void notWhenTheNounNamesItsAuthorOrTheSpeakerIsTheAuthor(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @Test
    void aTimeCountedFromThePreviousSentenceDatesItsEvents() {
        var coded = code("Russia struck Kyiv with missiles on Monday. Two days later, Ukraine hit a Russian refinery.",
                LocalDate.of(2024, 3, 15));
        assertThat(coded.events()).extracting(e -> e.source().code() + ">" + e.target().code() + " " + e.date())
                .containsExactly("RUS>UKR 2024-03-11", "UKR>RUS 2024-03-13");
    }

    @Test
    void coSpeakersAreNotWhatTheirWordsAreAbout() {
        var coded = code("France and Germany criticized the decision.", LocalDate.of(2024, 3, 12));
        assertThat(coded.events()).isEmpty();
        assertThat(coded.statements()).extracting(Statement::speaker).containsExactlyInAnyOrder("FRA", "DEU");
        assertThat(coded.statements()).allMatch(st -> st.targets().isEmpty());
    }
}
