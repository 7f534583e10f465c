package org.touchstone.coder.dict;

import java.util.List;

/**
 * A verb pattern: what must stand before and after the verb, and the code it yields.
 *
 * @param before      elements before the verb, nearest last (matched backwards from the verb)
 * @param after       elements after the verb, in order
 * @param code        the CAMEO code the pattern yields; null when the pattern blocks any event ("---")
 * @param reverseCode the code of the reverse event target->source ("042:043" gives 043), or null
 * @param text        the pattern as written, for provenance
 * @param line        where it was written
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, String code, String reverseCode,
                          String text, int line) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How much the pattern asks for: more literal words first, so the most specific pattern wins. */
    public int specificity() {
        int n = 0;
        for (PatternElement e : before) {
            n += e instanceof PatternElement.Words ? 10 : 1;
        }
        for (PatternElement e : after) {
            n += e instanceof PatternElement.Words ? 10 : 1;
        }
        return n;
    }
}
