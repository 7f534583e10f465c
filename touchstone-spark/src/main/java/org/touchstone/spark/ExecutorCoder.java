package org.touchstone.spark;

import org.touchstone.coder.Coder;

/**
 * The coder of this JVM: its dictionaries are loaded by the first task that needs them and then
 * shared by every task the executor runs (a coder is immutable and safe to share between threads).
 */
final class ExecutorCoder {
    private static Coder coder;

    private ExecutorCoder() {
    }

    static synchronized Coder get() {
        if (coder == null) {
            coder = new Coder();
        }
        return coder;
    }
}
