package org.touchstone.coder.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Session 35 (miss35b): quote marks around a few lower-case words inside a clause flag a word, they open no words
 * said, so the sentence reads on through them; labels, threats and orders quoted keep their marks. Sentences written
 * for this test, not gold or tuning lines.
 */
class ScareQuotesTest {
    private static final LocalDate DATE = LocalDate.of(2023, 3, 15);
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    @Test
    void marksAroundAFewLowerCaseWordsAreDropped() {
        Sentence s = splitter.split("Kenya rejected \"in totality\" a ruling by the court.").get(0);
        assertThat(s.tokens()).extracting(Token::text).doesNotContain("\"");
        assertThat(s.tokens()).extracting(Token::text).contains("in", "totality");
    }

    @Test
    void wordsSaidLabelsAndLongQuotesKeepTheirMarks() {
        assertThat(splitter.split("He said \"no\" to the plan.").get(0).tokens()).extracting(Token::text).contains("\"");
        assertThat(splitter.split("He called Putin a \"war criminal\" on Friday.").get(0).tokens()).extracting(Token::text)
                .contains("\"");
        assertThat(splitter.split("Beijing would \"pay a heavy price\" for it.").get(0).tokens()).extracting(Token::text)
                .contains("\"");
        assertThat(splitter.split("He said \"we will never give up our land\" on Friday.").get(0).tokens())
                .extracting(Token::text).contains("\"");
    }

    @Test
    void anActWithAScareQuotedObjectIsCoded() {
        assertThat(events("The European Union condemned \"unacceptable\" remarks by Iranian President Ebrahim Raisi.", DATE))
                .contains("IGOEUREEC>IRNGOV:111");
    }
}
