package org.touchstone.coder.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter(tokenizer);

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void tokensKeepAcronymsAndSplitPossessivesAndPunctuation() {
        assertThat(words("U.S. officials met Gen. Smith's team, didn't they?"))
                .containsExactly("U.S.", "officials", "met", "Gen.", "Smith", "'s", "team", ",", "did", "n't", "they", "?");
        assertThat(words("“Sino-Indian” ties’ end.")).containsExactly("\"", "Sino-Indian", "\"", "ties", "'", "end", ".");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Putin’s visit.";
        for (Token t : tokenizer.tokenize(text)) {
            assertThat(text.substring(t.start(), t.end()).replace('’', '\'')).isEqualTo(t.text());
        }
    }

    @Test
    void aSentenceKeepsItsOwnUnmodifiableCopyOfTheTokens() {
        List<Token> given = new ArrayList<>(tokenizer.tokenize("Putin met Xi."));
        Sentence s = new Sentence(0, given, 0, 13);
        given.remove(0);
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.lower(0)).isEqualTo("putin");
        assertThat(s.tokens()).isEqualTo(tokenizer.tokenize("Putin met Xi."));
        assertThat(s).isEqualTo(new Sentence(0, tokenizer.tokenize("Putin met Xi."), 0, 13));
        assertThatThrownBy(() -> s.tokens().set(0, s.token(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sentencesSplitAtFinalPunctuationButNotAtAbbreviations() {
        List<Sentence> s = splitter.split("Mr. Biden met Xi in the U.S. capital. \"It went well,\" he said. Then? They left!");
        assertThat(s).hasSize(4);
        assertThat(s.get(0).text(0, s.get(0).size())).isEqualTo("Mr. Biden met Xi in the U.S. capital .");
        assertThat(s.get(1).index()).isEqualTo(1);
        assertThat(splitter.split("")).isEmpty();
    }

    @Test
    void endlessRunsAreCut() {
        String huge = "word ".repeat(1000);
        assertThat(splitter.split(huge)).allMatch(x -> x.size() <= SentenceSplitter.MAX_TOKENS);
    }
}
