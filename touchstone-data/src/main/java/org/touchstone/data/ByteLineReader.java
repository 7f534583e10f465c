package org.touchstone.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads physical lines from a stream as byte ranges of an internal buffer, without decoding them:
 * readers split and decode only the fields they need, which keeps the hot path free of copies.
 * Lines end at '\n'; a '\r' before it is dropped; a UTF-8 byte order mark at the start is skipped.
 * Memory stays bounded: a line longer than {@link #MAX_LINE_BYTES} is reported as too long
 * (only its beginning is kept) and reading goes on with the next line.
 */
public final class ByteLineReader implements Closeable {

    /** Longest line kept whole; real GDELT and ICEWS lines are a few kilobytes at most. */
    public static final int MAX_LINE_BYTES = 1 << 20;
    /** How much of an over-long line is kept, for the error message. */
    private static final int TOO_LONG_KEPT_BYTES = 1024;

    private static final VarHandle LONG_LITTLE_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;

    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    private boolean tooLong;

    public ByteLineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the input. */
    public boolean next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        tooLong = false;
        int scanFrom = pos;
        while (true) {
            int newline = indexOfNewline(scanFrom, limit);
            if (newline >= 0) {
                setLine(pos, newline);
                pos = newline + 1;
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            scanFrom = limit;
            if (limit == buf.length) {
                if (pos > 0) {
                    int kept = limit - pos;
                    System.arraycopy(buf, pos, buf, 0, kept);
                    scanFrom -= pos;
                    limit = kept;
                    pos = 0;
                } else if (buf.length < MAX_LINE_BYTES) {
                    byte[] bigger = new byte[Math.min(buf.length * 2, MAX_LINE_BYTES)];
                    System.arraycopy(buf, 0, bigger, 0, limit);
                    buf = bigger;
                } else {
                    skipRestOfLongLine();
                    return true;
                }
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    /** 1-based number of the current physical line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The buffer holding the current line; valid until the next call to {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return lineStart;
    }

    /** End of the current line (exclusive), without the line terminator. */
    public int end() {
        return lineEnd;
    }

    /** True when the current line exceeded {@link #MAX_LINE_BYTES}; only its start is in the buffer. */
    public boolean isTooLong() {
        return tooLong;
    }

    /** True for an empty line or one of spaces only. */
    public boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buf[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The current line decoded (invalid bytes replaced), cut to {@code maxChars}, for messages. */
    public String text(int maxChars) {
        return decodeForMessage(buf, lineStart, lineEnd, maxChars);
    }

    static String decodeForMessage(byte[] bytes, int start, int end, int maxChars) {
        String s = new String(bytes, start, Math.min(end - start, maxChars * 4), StandardCharsets.UTF_8);
        return s.length() > maxChars ? s.substring(0, maxChars) + "..." : s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void setLine(int start, int newlineOrEnd) {
        lineNumber++;
        lineStart = start;
        int end = newlineOrEnd;
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        lineEnd = end;
    }

    private int indexOfNewline(int from, int to) {
        byte[] b = buf;
        int i = from;
        // eight bytes at a time: lines are hundreds of bytes long
        for (int wordEnd = to - 7; i < wordEnd; i += 8) {
            long x = (long) LONG_LITTLE_ENDIAN.get(b, i) ^ NEWLINES; // zero bytes where '\n'
            long found = ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The buffer is full of one line: keep its beginning, drop the rest up to the next newline. */
    private void skipRestOfLongLine() throws IOException {
        lineNumber++;
        tooLong = true;
        lineStart = 0;
        lineEnd = TOO_LONG_KEPT_BYTES;
        int readFrom = TOO_LONG_KEPT_BYTES;
        while (true) {
            int n = in.read(buf, readFrom, buf.length - readFrom);
            if (n < 0) {
                eof = true;
                pos = limit = readFrom;
                return;
            }
            int newline = indexOfNewline(readFrom, readFrom + n);
            if (newline >= 0) {
                pos = newline + 1;
                limit = readFrom + n;
                return;
            }
        }
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }
}
