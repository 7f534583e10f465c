package org.touchstone.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What loading a directory of UN voting data did.
 *
 * @param files   one report per file of the data, in loading order
 * @param failed  files that could not be read at all, with the reason; they added nothing
 * @param ignored other files of the directory, which are not part of the data
 */
public record UnVotesLoadReport(List<IngestReport> files, List<String> failed, List<Path> ignored) {

    public UnVotesLoadReport {
        files = List.copyOf(files);
        failed = List.copyOf(failed);
        ignored = List.copyOf(ignored);
    }

    /** The counts of all files added up. */
    public IngestReport total() {
        return files.stream().reduce(IngestReport.empty(), IngestReport::plus);
    }
}
