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
}
