package org.touchstone.coder.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;

class EventDateResolverTest {
    private static final LocalDate DOC = LocalDate.of(2022, 3, 10); // a Thursday
    private final EventDateResolver resolver = new EventDateResolver();

    private LocalDate date(String text) {
        return resolver.resolve(new SentenceSplitter(new Tokenizer()).split(text).get(0), DOC);
    }

    @Test
    void resolvesAgainstTheDocumentDateAndNeverAfterIt() {
        assertThat(date("Russia said on Tuesday that talks failed.")).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(date("They met on Thursday.")).isEqualTo(DOC);
        assertThat(date("They met last Thursday.")).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(date("The summit opened on June 28.")).isEqualTo(LocalDate.of(2021, 6, 28));
        assertThat(date("The summit opened on 2 March.")).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(date("The treaty was signed in February.")).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(date("The treaty was signed in February 2019.")).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(date("They spoke yesterday.")).isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(date("Trade grew this year.")).isEqualTo(DOC);
        assertThat(date("He will visit next week on Friday.")).isEqualTo(DOC);
        assertThat(date("He may visit.")).isEqualTo(DOC);
    }

    /** Session 32 (miss32a): a date passed as a limit ("beyond", "past") is a deadline, not the day of the news. */
    @Test
    void aLimitPassedIsNoDayOfTheNews() {
        assertThat(date("The rebels said any foreign presence beyond April 30 would be an occupation.")).isEqualTo(DOC);
        assertThat(date("Talks continued past the 15 February deadline, the minister said.")).isEqualTo(DOC);
        assertThat(date("The minister said on Tuesday that no troops would stay beyond June 1.")).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(date("The summit opened on June 28.")).isEqualTo(LocalDate.of(2021, 6, 28));
    }

    private LocalDate after(String text, LocalDate previous) {
        LocalDate named = resolver.named(new SentenceSplitter(new Tokenizer()).split(text).get(0), DOC, previous);
        return named != null ? named : DOC;
    }

    @Test
    void aTimeCountedFromThePreviousSentencesEvents() {
        LocalDate monday = LocalDate.of(2022, 2, 28);
        assertThat(after("Two days later, Ukraine hit a Russian depot.", monday)).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(after("A week later, Britain condemned Iran.", monday)).isEqualTo(LocalDate.of(2022, 3, 7));
        assertThat(after("The next day, China criticized the United States.", monday)).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(after("On the following day Japan protested.", monday)).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(after("Seoul had warned Pyongyang the previous day.", monday)).isEqualTo(LocalDate.of(2022, 2, 27));
        assertThat(after("Three days earlier, the two sides had met.", monday)).isEqualTo(LocalDate.of(2022, 2, 25));
        // never after the document date; an explicit date in the sentence wins; with no previous sentence, nothing counted
        assertThat(after("Ten days later, they met again.", monday)).isEqualTo(DOC);
        assertThat(after("They met on Tuesday, two days later.", monday)).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(after("Two days later, Ukraine hit a Russian depot.", null)).isEqualTo(DOC);
        // "next week" without "the" is to come, not counted
        assertThat(after("He will visit Kyiv next week.", monday)).isEqualTo(DOC);
    }
}
