package org.touchstone.coder.dict;

/** A line a dictionary reader could not use: the reader skips it, keeps the rest and reports this. */
public record DictionaryProblem(String file, int line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
