package org.touchstone.coder.text;

/**
 * A token with its character span in the document text.
 *
 * @param text    as written, with typographic apostrophes made plain ("’s" becomes "'s")
 * @param lower   {@code text} in lower case: the key for dictionary look-ups
 * @param start   offset of the first character in the document text
 * @param end     offset after the last character
 * @param classes the closed word classes of {@code lower}, for {@link WordSet#contains(Token)}
 * @param entry   the entry of {@code lower} in the lexicon of the coder that made the token, or null
 */
public record Token(String text, String lower, int start, int end, WordSet.Classes classes, Lexicon.Entry entry) {
    public Token(String text, String lower, int start, int end) {
        this(text, lower, start, end, WordSet.classesOf(lower), null);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }
}
