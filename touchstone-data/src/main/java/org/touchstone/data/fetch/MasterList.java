package org.touchstone.data.fetch;

import java.util.Comparator;
import java.util.List;

/**
 * What a GDELT list offers for one selection: the matching files, oldest first, and the lines
 * of the list that could not be used (ordered by list, then line).
 */
public record MasterList(GdeltSelection selection, List<GdeltFile> files, List<MasterListProblem> problems) {

    public MasterList {
        files = files.stream().sorted(GdeltFile.CHRONOLOGICAL).toList();
        problems = problems.stream()
                .sorted(Comparator.comparing(MasterListProblem::list).thenComparingLong(MasterListProblem::line))
                .toList();
    }

    /** Bytes to download if nothing is on disk yet. */
    public long totalBytes() {
        return files.stream().mapToLong(GdeltFile::size).sum();
    }
}
