package org.touchstone.data.unvotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the files of the UN voting data in a directory (not its subdirectories). */
public final class UnVotesFiles {

    /** A file of the data and its kind. */
    public record Found(Path path, UnVotesFileKind kind) {
    }

    /**
     * @param files   the data's files in loading order: countries, roll calls, issues, votes; by name within a kind
     * @param ignored other regular files in the directory, by name
     */
    public record Listing(List<Found> files, List<Path> ignored) {
    }

    private UnVotesFiles() {
    }

    /** @throws IOException when the directory cannot be listed or is not a directory */
    public static Listing list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir + " (expected the directory of un_votes*.csv,"
                    + " un_roll_calls.csv, un_roll_call_issues.csv, un_countries.csv)");
        }
        List<Found> files = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path path : entries.filter(Files::isRegularFile).sorted().toList()) {
                Optional<UnVotesFileKind> kind = UnVotesFileKind.ofFileName(path.getFileName().toString());
                if (kind.isPresent()) {
                    files.add(new Found(path, kind.get()));
                } else {
                    ignored.add(path);
                }
            }
        }
        files.sort(Comparator.comparing(Found::kind).thenComparing(Found::path));
        return new Listing(List.copyOf(files), List.copyOf(ignored));
    }
}
