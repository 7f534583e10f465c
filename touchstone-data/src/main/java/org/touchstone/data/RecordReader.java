package org.touchstone.data;

import java.io.Closeable;
import java.io.IOException;

/**
 * A streaming reader: one record (or rejection) at a time, never the whole file in memory.
 * A bad line never stops the reader; only an I/O failure of the input itself does.
 */
public interface RecordReader<T> extends Closeable {

    /** The next result, or null at the end of the input. */
    ReadResult<T> next() throws IOException;
}
