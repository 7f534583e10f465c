package org.touchstone.data.fetch;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a fetch did: the files it downloaded, the verified copies it found already on disk,
 * the files it could not fetch and why, and the lines of the GDELT list it could not use.
 */
public record FetchResult(List<Fetched> downloaded, List<Fetched> skipped, List<Failed> failed,
                          List<MasterListProblem> listProblems) {

    /** A file on disk with the listed size and MD5. */
    public record Fetched(GdeltFile file, Path path) {
    }

    /** A file that could not be fetched, with the reason. */
    public record Failed(GdeltFile file, String reason) {
    }

    public FetchResult {
        downloaded = List.copyOf(downloaded);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
        listProblems = List.copyOf(listProblems);
    }

    /** Every verified local file, downloaded now or before, oldest first: what to ingest next. */
    public List<Path> verifiedPaths() {
        return Stream.concat(downloaded.stream(), skipped.stream())
                .sorted(Comparator.comparing(Fetched::file, GdeltFile.CHRONOLOGICAL))
                .map(Fetched::path)
                .toList();
    }

    /** True when every selected file is on disk and verified. */
    public boolean complete() {
        return failed.isEmpty();
    }

    FetchResult withListProblems(List<MasterListProblem> problems) {
        return new FetchResult(downloaded, skipped, failed, problems);
    }
}
