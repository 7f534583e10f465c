package org.touchstone.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.touchstone.core.FileChecksum;

/**
 * One input file of a job as the driver knows it before reading: its place in the sorted input,
 * path, name, size, SHA-256 and the file id the store derives from it.
 *
 * @param order place in the sorted input list: of two rows with the same key, the one from the
 *              earlier file is kept, as when the files are ingested one after another in that order
 */
record InputFile(int order, String path, String name, long bytes, String sha256, long fileId) implements Serializable {

    /** Reads the whole file once for its checksum; the order is given later, on the driver. */
    static InputFile of(String path, Configuration conf) throws IOException {
        FileChecksum digest;
        try (InputStream in = InputFiles.open(path, conf)) {
            digest = FileChecksum.of(in);
        }
        return new InputFile(-1, path, new Path(path).getName(), InputFiles.size(path, conf), digest.sha256(),
                digest.fileId());
    }

    InputFile withOrder(int newOrder) {
        return new InputFile(newOrder, path, name, bytes, sha256, fileId);
    }

    /** The path as a person would write it: local files without the "file:" scheme. */
    String displayPath() {
        return path.startsWith("file:") ? new Path(path).toUri().getPath() : path;
    }
}
