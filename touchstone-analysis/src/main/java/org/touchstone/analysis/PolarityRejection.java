package org.touchstone.analysis;

/** An input line the polarity question could not use: the file, its 1-based line, and why. */
public record PolarityRejection(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
