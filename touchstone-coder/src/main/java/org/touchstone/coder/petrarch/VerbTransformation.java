package org.touchstone.coder.petrarch;

/**
 * A PETRARCH-2 transformation {@code ~ a (a b ATTACK) SAY = a b 015}: when an event matching the
 * left side is embedded in another, the right side is coded instead.
 *
 * @param pattern the left side, trimmed
 * @param result  the right side, trimmed
 * @param line    1-based line in the file
 */
public record VerbTransformation(String pattern, String result, int line) {
}
