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

    @Test
    void aLexiconsTokensAreThePlainTokenizersWithEntries() {
        Lexicon lexicon = new Lexicon();
        Lexicon.Slot<String> names = lexicon.slot();
        lexicon.put(names, "russia", "RUS");
        lexicon.put(names, "côte", "CIV");
        String text = "RUSSIA’s envoy, Russia and “Côte d'Ivoire” didn't warn İstanbul's U.S. ally.";
        List<Token> plain = new Tokenizer().tokenize(text);
        List<Token> known = new Tokenizer(lexicon).tokenize(text);
        assertThat(known).extracting(Token::text).containsExactlyElementsOf(plain.stream().map(Token::text).toList());
        assertThat(known).extracting(Token::lower).containsExactlyElementsOf(plain.stream().map(Token::lower).toList());
        assertThat(known).extracting(Token::start).containsExactlyElementsOf(plain.stream().map(Token::start).toList());
        assertThat(known).extracting(Token::end).containsExactlyElementsOf(plain.stream().map(Token::end).toList());
        assertThat(known.stream().map(names::of).filter(v -> v != null).toList()).containsExactly("RUS", "RUS", "CIV");
        lexicon.put(names, "envoy", "a word given after the first token"); // the table is built again
        assertThat(names.of(new Tokenizer(lexicon).tokenize(text).get(2))).isEqualTo("a word given after the first token");
    }
}
