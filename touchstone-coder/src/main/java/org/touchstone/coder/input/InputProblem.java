package org.touchstone.coder.input;

/**
 * A piece of input that could not be read: which input, where in it, and why. The reader that
 * reports it skips that piece and carries on with the rest.
 *
 * @param source   the file or stream name, as given to the reader
 * @param position 1-based line number (line-based and XML inputs) or item number (feed items,
 *                 JSON array elements); 0 when the problem concerns the whole input
 * @param unit     what {@code position} counts: "line" or "item"
 * @param reason   what is wrong, in words a user can act on
 */
public record InputProblem(String source, long position, String unit, String reason) {

    static InputProblem atLine(String source, long line, String reason) {
        return new InputProblem(source, line, "line", reason);
    }

    static InputProblem atItem(String source, long item, String reason) {
        return new InputProblem(source, item, "item", reason);
    }

    static InputProblem whole(String source, String reason) {
        return new InputProblem(source, 0, "line", reason);
    }

    @Override
    public String toString() {
        return position > 0 ? source + ", " + unit + " " + position + ": " + reason : source + ": " + reason;
    }
}
