package org.touchstone.coder.petrarch;

/**
 * A line of a dictionary file with its comments taken out.
 *
 * @param number  1-based line number in the file
 * @param content what remains once comments are removed, trailing blanks stripped, leading blanks
 *                kept (indentation marks the code lines of actors)
 * @param comment the text of a trailing {@code #} (or TABARI {@code ;}) comment, trimmed; "" if none.
 *                Dictionary editors sign and date entries there ("# pas 15 Jul 2003").
 * @param raw     the line as written
 */
public record DictionaryLine(int number, String content, String comment, String raw) {
}
