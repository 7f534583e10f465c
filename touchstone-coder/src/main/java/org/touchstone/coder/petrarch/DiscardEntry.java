package org.touchstone.coder.petrarch;

/**
 * A discard phrase: a sentence (or, with {@code +}, a whole story) containing it is not coded;
 * matching ignores case.
 *
 * @param phrase      the phrase without its leading '+' and trailing '_'
 * @param wholeStory  written with a leading '+': discard the story, not only the sentence
 * @param wholeWord   written with a trailing '_': the match must end at a blank or punctuation;
 *                    otherwise the phrase is a stem ("BASEBALL" also matches "BASEBALLS")
 * @param line        1-based line in the file
 */
public record DiscardEntry(String phrase, boolean wholeStory, boolean wholeWord, int line) {
}
