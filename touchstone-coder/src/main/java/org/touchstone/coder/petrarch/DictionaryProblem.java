package org.touchstone.coder.petrarch;

/**
 * An entry of a dictionary file that was skipped (a rejection) or read with a caveat (a warning).
 *
 * @param file   the file name
 * @param line   1-based line number
 * @param reason what is wrong
 * @param text   the line as written (shortened when long)
 */
public record DictionaryProblem(String file, int line, String reason, String text) {

    static DictionaryProblem of(String file, DictionaryLine line, String reason) {
        String raw = line.raw().strip();
        return new DictionaryProblem(file, line.number(), reason, raw.length() <= 200 ? raw : raw.substring(0, 197)
                + "...");
    }

    @Override
    public String toString() {
        return file + ", line " + line + ": " + reason + " [" + text + "]";
    }
}
