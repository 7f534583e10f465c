package org.touchstone.data.fetch;

/**
 * A line of a GDELT list that could not be used. The lines around it are still read.
 *
 * @param list   the list's file name, e.g. {@code masterfilelist.txt} or {@code md5sums}
 * @param line   1-based line number in that list
 * @param reason what is wrong, in words
 * @param raw    the line as found, shortened if very long
 */
public record MasterListProblem(String list, long line, String reason, String raw) {

    private static final int MAX_RAW_LENGTH = 200;

    public MasterListProblem {
        if (raw.length() > MAX_RAW_LENGTH) {
            raw = raw.substring(0, MAX_RAW_LENGTH) + "...";
        }
    }

    @Override
    public String toString() {
        return list + " line " + line + ": " + reason + " [" + raw + "]";
    }
}
