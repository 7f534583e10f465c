package org.touchstone.coder.petrarch;

import java.util.List;

/** The phrases of a discard file and the lines that were skipped. */
public record DiscardList(String file, List<DiscardEntry> entries, List<DictionaryProblem> rejected) {

    public DiscardList {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }
}
