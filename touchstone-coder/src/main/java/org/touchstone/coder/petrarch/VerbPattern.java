package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * A pattern line {@code - BEFORE * AFTER [CODE]}: the words that must come before and after the
 * verb (at '*') for the pattern's code to apply instead of the verb's.
 *
 * @param text   everything between the leading '-' and the code, trimmed
 * @param before the part before '*', trimmed ("" when the verb comes first)
 * @param after  the part after '*', trimmed
 * @param code   the pattern's code
 * @param line   1-based line in the file
 */
public record VerbPattern(String text, String before, String after, VerbCode code, int line) {

    /** The tokens after '*', split at blanks. */
    public List<String> afterTokens() {
        return after.isEmpty() ? List.of() : List.of(after.split("\\s+"));
    }
}
