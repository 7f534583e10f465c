package org.touchstone.coder.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by \n, \r\n or \r) while holding at most {@code maxChars} characters of a line:
 * the rest of a longer line is consumed and dropped, and the line is flagged, so one enormous line
 * cannot exhaust memory.
 */
final class BoundedLineReader implements AutoCloseable {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private long lineNumber;
    private boolean tooLong;
    private final StringBuilder line = new StringBuilder();

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or null at the end of the input. */
    String readLine() throws IOException {
        line.setLength(0);
        tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!sawAnything) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            sawAnything = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                lineNumber++;
                return line.toString();
            }
            if (line.length() < maxChars) {
                line.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    /** 1-based number of the line last returned. */
    long lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned was cut at {@code maxChars}. */
    boolean wasTooLong() {
        return tooLong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
