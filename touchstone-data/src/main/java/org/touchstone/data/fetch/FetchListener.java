package org.touchstone.data.fetch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Hears how a fetch goes, so that a command line can draw a progress bar. Calls come from the
 * fetching thread, one file at a time. Every method does nothing unless overridden.
 */
public interface FetchListener {

    /** A listener that ignores everything. */
    FetchListener SILENT = new FetchListener() {
    };

    /** Before the first file: how many files were selected and their size in all. */
    default void runStarted(int files, long totalBytes) {
    }

    /**
     * A file is about to be downloaded.
     *
     * @param bytesOnDisk bytes already there from an interrupted earlier download, to be resumed
     */
    default void fileStarted(GdeltFile file, long bytesOnDisk) {
    }

    /**
     * Bytes of the file now on disk. May go down when a download has to start over
     * (server without Range support, wrong checksum).
     */
    default void progress(GdeltFile file, long bytesOnDisk) {
    }

    /** An attempt failed and another follows after {@code delay}. */
    default void fileRetrying(GdeltFile file, int nextAttempt, String reason, Duration delay) {
    }

    /**
     * The file is on disk with the listed size and MD5.
     *
     * @param alreadyPresent true when a verified copy was there before and nothing was downloaded
     */
    default void fileDone(GdeltFile file, Path path, boolean alreadyPresent) {
    }

    /** The file could not be fetched; the others go on. */
    default void fileFailed(GdeltFile file, String reason) {
    }
}
