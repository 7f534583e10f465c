package org.touchstone.coder.dict;

import java.util.List;

/**
 * One element of a verb pattern. {@code adjacent} elements must follow the previous element (or
 * the verb) directly, as the {@code _} join of TABARI and PETRARCH says; the others may be
 * preceded by a few other words of the same clause.
 */
public sealed interface PatternElement {
    boolean adjacent();

    /** The slot an atom of a pattern names ({@code +}, {@code $}, {@code %}, {@code ^}), or null for words. */
    static PatternElement slot(String atom, boolean adjacent) {
        return switch (atom) {
            case "+" -> new Target(adjacent);
            case "$" -> new Source(adjacent);
            case "%" -> new Compound(adjacent);
            case "^" -> new AnyWord(adjacent);
            default -> null;
        };
    }

    /** Literal words: any one of the phrases (lower case, each a token sequence). Synsets expand to this. */
    record Words(List<List<String>> phrases, boolean adjacent, String label) implements PatternElement {
        public Words {
            phrases = phrases.stream().map(List::copyOf).toList();
        }
    }

    /** The target actor slot: {@code +}. */
    record Target(boolean adjacent) implements PatternElement {
    }

    /** The source actor slot: {@code $}. */
    record Source(boolean adjacent) implements PatternElement {
    }

    /** A compound actor slot ({@code %} in PETRARCH): source before the verb, target after. */
    record Compound(boolean adjacent) implements PatternElement {
    }

    /** Any one word: {@code ^}. */
    record AnyWord(boolean adjacent) implements PatternElement {
    }
}
