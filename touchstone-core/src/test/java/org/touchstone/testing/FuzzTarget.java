package org.touchstone.testing;

/**
 * One reader (or the coder) under fuzzing: makes the case of a seed from valid input and a
 * {@link Mutator}, feeds it in and checks the promises on what comes out. Tests run thousands of
 * seeds of each target; the fuzz benchmark runs millions.
 */
public interface FuzzTarget {

    /** The name used in reports ("GDELT 2.0 events"). */
    String name();

    /**
     * Runs the case of {@code seed}. Counts records and rejections and notes broken promises on
     * {@code check}; any exception that escapes is itself a broken promise (see {@link Fuzzing}).
     */
    void run(long seed, FuzzCheck check) throws Exception;
}
