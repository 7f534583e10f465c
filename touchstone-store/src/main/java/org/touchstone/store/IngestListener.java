package org.touchstone.store;

import java.nio.file.Path;

/** Hears how an ingest goes, to draw a progress bar or write log lines. */
public interface IngestListener {
    IngestListener SILENT = new IngestListener() {
    };

    /** A file is about to be read; {@code bytes} is its size on disk. */
    default void fileStarted(Path file, String format, long bytes) {
    }

    /** Called every few thousand lines: bytes of the file consumed and lines read so far. */
    default void progress(Path file, long bytesDone, long linesRead) {
    }

    /** The file is committed (or was already in the store). */
    default void fileFinished(IngestReport report) {
    }
}
