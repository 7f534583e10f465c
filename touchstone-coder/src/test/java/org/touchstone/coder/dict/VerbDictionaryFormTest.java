package org.touchstone.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a form knows of itself and its entry's patterns once, at load, instead of per match. */
class VerbDictionaryFormTest {

    private static PatternElement words(String... phrases) {
        return new PatternElement.Words(Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList(),
                false, null);
    }

    private static VerbPattern after(PatternElement... elements) {
        return new VerbPattern(List.of(), List.of(elements), "010", null, "*", 1);
    }

    private static final VerbEntry AGREE = new VerbEntry("agree", VerbEntry.Kind.ACT, VerbEntry.Governs.NONE, null, VerbEntry.Role.NONE,
            List.of(List.of("agreed"), List.of("signed", "up", "to")), List.of(), List.of(
                    after(words("that")),                               // 0: "that" alone
                    after(words("to", "not")),                          // 1: an infinitive
                    after(words("not")),                                // 2: a negated infinitive
                    after(words("that day", "to them")),                // 3: phrases only opening with the words
                    after(new PatternElement.Target(false), words("that", "to")), // 4: the words come second
                    after()), "test.txt", 1);                           // 5: the bare verb

    private static VerbDictionary.Form form(String first) {
        return new VerbDictionary(List.of(AGREE)).formsStartingWith(first).get(0);
    }

    @Test
    void aFormsTextIsItsWordsJoined() {
        assertThat(form("agreed").text()).isEqualTo("agreed");
        assertThat(form("signed").text()).isEqualTo("signed up to");
    }

    @Test
    void aPatternOpensWithThatOrAnInfinitiveOnlyWhenItsFirstElementOffersTheOneWord() {
        VerbDictionary.Form f = form("agreed");
        assertThat(List.of(0, 1, 2, 3, 4, 5)).filteredOn(f::opensWithThat).containsExactly(0);
        assertThat(List.of(0, 1, 2, 3, 4, 5)).filteredOn(f::opensWithInfinitive).containsExactly(1, 2);
    }
}
