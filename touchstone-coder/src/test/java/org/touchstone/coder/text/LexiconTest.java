package org.touchstone.coder.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static List<Token> tokens(Tokenizer tokenizer) {
        return tokenizer.tokenize("Russia warned the lexicon-test-word");
    }

    @Test
    void eachSlotReadsItsOwnValueOffTheToken() {
        Lexicon lexicon = new Lexicon();
        Lexicon.Slot<String> names = lexicon.slot();
        Lexicon.Slot<Integer> verbs = lexicon.slot();
        lexicon.put(names, "russia", "RUS");
        lexicon.put(verbs, "warned", 7);
        List<Token> t = tokens(new Tokenizer(lexicon));
        assertThat(names.of(t.get(0))).isEqualTo("RUS");
        assertThat(verbs.of(t.get(0))).isNull();
        assertThat(verbs.of(t.get(1))).isEqualTo(7);
        assertThat(names.of(t.get(1))).isNull();
        assertThat(names.of(t.get(3))).isNull(); // a word no slot holds
    }

    @Test
    void aTokenMadeElsewhereIsLookedUp() {
        Lexicon lexicon = new Lexicon();
        Lexicon.Slot<String> names = lexicon.slot();
        lexicon.put(names, "russia", "RUS");
        Lexicon other = new Lexicon();
        Lexicon.Slot<String> otherNames = other.slot();
        other.put(otherNames, "russia", "other");
        assertThat(names.of(tokens(new Tokenizer()).get(0))).isEqualTo("RUS");
        assertThat(names.of(tokens(new Tokenizer(other)).get(0))).isEqualTo("RUS"); // another coder's token
        assertThat(otherNames.of(tokens(new Tokenizer(lexicon)).get(0))).isEqualTo("other");
    }

    @Test
    void tokensOfTheLexiconKeepTheirWordClasses() {
        WordSet articles = WordSet.of("the", "a", "an");
        Lexicon lexicon = new Lexicon();
        lexicon.put(lexicon.slot(), "the", "known");
        List<Token> t = tokens(new Tokenizer(lexicon));
        assertThat(articles.contains(t.get(2))).isTrue();
        assertThat(articles.contains(t.get(0))).isFalse();
        WordSet later = WordSet.of("the", "lexicon-test-word"); // registered after the entry found its classes
        assertThat(later.contains(tokens(new Tokenizer(lexicon)).get(2))).isTrue();
        assertThat(later.contains(tokens(new Tokenizer(lexicon)).get(3))).isTrue();
    }
}
