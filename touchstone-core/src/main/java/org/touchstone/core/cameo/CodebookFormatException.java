package org.touchstone.core.cameo;

/**
 * A codebook table that cannot be read: names the table, the line and what is wrong with it, so a
 * person editing the table can fix it.
 */
public final class CodebookFormatException extends RuntimeException {
    private final String source;
    private final int line;
    private final String reason;

    public CodebookFormatException(String source, int line, String reason) {
        super(source + " line " + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** The table's name, e.g. "event-codes.tsv". */
    public String source() {
        return source;
    }

    /** The 1-based line number in the table. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
