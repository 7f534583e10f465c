package org.touchstone.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files of a job: paths (local, hdfs://, s3a://, ...) given as files, directories (read
 * recursively) or globs, expanded on the driver into a sorted list, so that the same input always
 * gives the same file order. Inside directories, names starting with '.' or '_' are left out:
 * checksums and markers such as {@code _SUCCESS}, as Hadoop tools do.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The files named by {@code paths}, fully qualified ("file:/data/x.csv"), sorted, each once. */
    static List<String> list(Configuration conf, List<String> paths) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (String given : paths) {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("no such input file or directory: " + given);
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> inside = fs.listFiles(match.getPath(), true);
                    while (inside.hasNext()) {
                        Path file = inside.next().getPath();
                        if (!isHidden(match.getPath(), file)) {
                            files.add(file.toString());
                        }
                    }
                } else {
                    files.add(fs.makeQualified(match.getPath()).toString());
                }
            }
        }
        return new ArrayList<>(files);
    }

    /** Opens a file of the list for reading, wherever it lives. */
    static InputStream open(String file, Configuration conf) throws IOException {
        Path path = new Path(file);
        return path.getFileSystem(conf).open(path);
    }

    /** The length of a file of the list in bytes. */
    static long size(String file, Configuration conf) throws IOException {
        Path path = new Path(file);
        return path.getFileSystem(conf).getFileStatus(path).getLen();
    }

    /**
     * A file of the list as a local file, for readers that need one: local files as they are, others
     * copied into a temporary directory under their own name (the name is part of provenance).
     * Closing it removes the copy.
     */
    static LocalFile local(String file, Configuration conf) throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(conf);
        if ("file".equals(fs.getScheme())) {
            return new LocalFile(java.nio.file.Path.of(fs.makeQualified(path).toUri()), null);
        }
        java.nio.file.Path directory = Files.createTempDirectory("touchstone-spark-");
        java.nio.file.Path copy = directory.resolve(path.getName());
        fs.copyToLocalFile(false, path, new Path(copy.toUri()), true);
        return new LocalFile(copy, directory);
    }

    /** A local file standing for an input file; {@code copyDirectory} is null when it is the file itself. */
    record LocalFile(java.nio.file.Path path, java.nio.file.Path copyDirectory) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (copyDirectory != null) {
                Files.deleteIfExists(path);
                Files.deleteIfExists(copyDirectory);
            }
        }
    }

    /** True when a name below {@code root} on the way to {@code file} starts with '.' or '_'. */
    private static boolean isHidden(Path root, Path file) {
        String rootPath = root.toUri().getPath();
        String filePath = file.toUri().getPath();
        String below = filePath.startsWith(rootPath) ? filePath.substring(rootPath.length()) : file.getName();
        for (String name : below.split("/")) {
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
