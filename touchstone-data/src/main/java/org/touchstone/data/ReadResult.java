package org.touchstone.data;

/**
 * What a reader makes of one line of input: a record, or a rejection with the reason.
 * Line numbers are 1-based physical lines of the (decompressed) file, header included.
 */
public sealed interface ReadResult<T> {

    long line();

    record Ok<T>(long line, T value) implements ReadResult<T> {
    }

    /** A line that could not be read; {@code raw} is the line as found (possibly shortened). */
    record Rejected<T>(long line, String reason, String raw) implements ReadResult<T> {
    }
}
