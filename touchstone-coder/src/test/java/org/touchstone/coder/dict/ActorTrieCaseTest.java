package org.touchstone.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.text.Token;

/**
 * A node of the actor trie knows whether any of its forms must match as written (an acronym, a cased form), so the
 * recognizer compares the text's case only there; the flag agrees with {@link ActorDictionary#caseMatches}.
 */
class ActorTrieCaseTest {
    private static final ActorDictionary ACTORS = Dictionaries.builtIn().actors();

    private static Token lower(String w) {
        return new Token(w, w, 0, w.length());
    }

    @Test
    void aNodeOfFormsInAnyCaseSkipsTheComparison() {
        ActorDictionary.Node russia = ACTORS.root().child("russia");
        assertThat(russia.forms()).isNotEmpty();
        assertThat(russia.anyCase()).isTrue();
        assertThat(russia.forms()).allMatch(f -> ActorDictionary.caseMatches(f, List.of(lower("russia")), 0));
    }

    @Test
    void aNodeWithAnAcronymComparesTheCase() {
        ActorDictionary.Node us = ACTORS.root().child("us");
        assertThat(us.forms()).isNotEmpty();
        assertThat(us.anyCase()).isFalse();
        // "us" in lower case is the pronoun: some form of the node does not match it
        assertThat(us.forms()).anyMatch(f -> !ActorDictionary.caseMatches(f, List.of(lower("us")), 0));
    }
}
