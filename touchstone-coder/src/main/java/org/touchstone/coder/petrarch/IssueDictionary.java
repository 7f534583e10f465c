package org.touchstone.coder.petrarch;

import java.util.List;

/** The entries of an issue-coding file, the lines that were skipped and those read with a caveat. */
public record IssueDictionary(String file, List<IssueEntry> entries, List<DictionaryProblem> rejected,
                              List<DictionaryProblem> warnings) {

    public IssueDictionary {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
