package org.touchstone.coder.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSetTest {
    private static final WordSet ARTICLES = WordSet.of("the", "a", "an", "the");

    private static Token token(String word) {
        return new Token(word, word, 0, word.length());
    }

    @Test
    void answersForStringsAndTokensAlike() {
        for (String w : List.of("the", "a", "an", "and", "then", "", "The")) {
            boolean in = Set.of("the", "a", "an").contains(w);
            assertThat(ARTICLES.contains(w)).as(w).isEqualTo(in);
            assertThat(ARTICLES.contains(token(w))).as("token " + w).isEqualTo(in);
        }
    }

    @ParameterizedTest(name = "[{0}, {1})")
    @CsvSource({"0, 7, true", "2, 3, true", "3, 7, false", "0, 2, false", "2, 2, false"})
    void anyInLooksAtTheTokensOfTheSpanOnly(int from, int to, boolean expected) {
        Sentence s = new SentenceSplitter(new Tokenizer()).split("Russia said an attack was imminent.").get(0);
        assertThat(ARTICLES.anyIn(s, from, to)).isEqualTo(expected);
    }

    @Test
    void aTokenMadeBeforeItsSetStillAnswersRight() {
        Token early = token("wordset-test-late");
        Token other = token("wordset-test-other");
        WordSet late = WordSet.of("wordset-test-late");
        assertThat(late.contains(early)).isTrue();
        assertThat(late.contains(other)).isFalse();
        assertThat(late.contains(token("wordset-test-late"))).isTrue();
        assertThat(ARTICLES.contains(early)).isFalse();
    }

    @Test
    void manySetsKeepTheirWordsApart() {
        // more sets than a long has bits, with words shared between them: each answers only for its own
        Random random = new Random(20261129);
        List<Set<String>> expected = new ArrayList<>();
        List<WordSet> sets = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Set<String> words = new HashSet<>();
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                words.add("wordset-test-" + random.nextInt(200));
            }
            expected.add(words);
            sets.add(WordSet.of(words.toArray(String[]::new)));
        }
        for (int w = 0; w < 220; w++) {
            String word = "wordset-test-" + w;
            Token t = token(word);
            for (int i = 0; i < sets.size(); i++) {
                assertThat(sets.get(i).contains(t)).as(word + " in set " + i).isEqualTo(expected.get(i).contains(word));
                assertThat(sets.get(i).contains(word)).isEqualTo(expected.get(i).contains(word));
            }
        }
    }

    @Test
    void aVariantAddsOrDropsWordsAndLeavesItsBaseAlone() {
        WordSet withAnd = ARTICLES.with("and", "the");
        WordSet bare = ARTICLES.without("the", "then");
        for (String w : List.of("the", "a", "an", "and", "then")) {
            assertThat(withAnd.contains(token(w))).as("with " + w).isEqualTo(!w.equals("then"));
            assertThat(bare.contains(token(w))).as("without " + w).isEqualTo(w.equals("a") || w.equals("an"));
            assertThat(ARTICLES.contains(token(w))).as("base " + w).isEqualTo(Set.of("the", "a", "an").contains(w));
        }
    }
}
