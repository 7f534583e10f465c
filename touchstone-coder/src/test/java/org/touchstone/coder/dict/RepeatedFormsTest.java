package org.touchstone.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb block that lists a form twice (or lists one its {@code regular:} lemma generates) and a synset that lists a
 * word twice are reported at load, as a repeated pattern is, and read once: the built-in dictionary, which must read
 * cleanly ({@link DictionaryReadersTest}), so keeps no copy.
 */
class RepeatedFormsTest {
    private static VerbDictionary read(String text, List<DictionaryProblem> problems) {
        return new VerbDictionaryReader(problems).read("v.txt", new StringReader(text)).build();
    }

    @Test
    void aVerbFormListedTwiceInItsBlockIsReportedAndReadOnce() {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = read("""
                halt talks
                  verbs: called off; broke off
                  verbs: froze; broke off
                  code: ---
                """, problems);
        assertThat(problems).extracting(DictionaryProblem::toString)
                .containsExactly("v.txt:3: verb form repeats line 2 of the block: broke off");
        assertThat(d.entries().get(0).verbForms()).extracting(f -> String.join(" ", f))
                .containsExactly("called off", "broke off", "froze");
    }

    @Test
    void aFormItsRegularLemmaGeneratesIsARepeat() {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = read("""
                ban
                  verbs: banned; barred
                  regular: ban
                  code: ---
                """, problems);
        assertThat(problems).extracting(DictionaryProblem::reason)
                .containsExactly("verb form repeats line 2 of the block: banned");
        assertThat(d.formsStartingWith("banned")).hasSize(1);
        assertThat(d.formsStartingWith("banning")).hasSize(1);
    }

    @Test
    void aNounFormAndASynsetWordAreCheckedToo() {
        List<DictionaryProblem> problems = new ArrayList<>();
        read("""
                &arms
                  words: weapons; air defence systems
                  words: air defence systems; rifles
                visit
                  regular: visit
                  nouns: trip to; tour of
                  nouns: trip to; stopover in
                  code: 042
                """, problems);
        assertThat(problems).extracting(DictionaryProblem::reason).containsExactlyInAnyOrder(
                "word repeats line 2 of the block: air defence systems",
                "noun form repeats line 6 of the block: trip to");
    }

    @Test
    void theSameFormInTwoBlocksOrAsVerbAndNounIsNoRepeat() {
        List<DictionaryProblem> problems = new ArrayList<>();
        read("""
                visit
                  verbs: visited
                  nouns: visit
                  code: 042
                tour
                  verbs: visited; visit
                  code: 042
                """, problems);
        assertThat(problems).isEmpty();
    }
}
