package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * The entries of one actor dictionary file, with what was skipped (rejected) and what was read
 * with a caveat (warnings).
 */
public record ActorDictionary(String file, List<ActorEntry> entries, List<DictionaryProblem> rejected,
                              List<DictionaryProblem> warnings) {

    public ActorDictionary {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** How many phrases (roots and synonyms) the file defines. */
    public int phraseCount() {
        return entries.stream().mapToInt(entry -> 1 + entry.synonyms().size()).sum();
    }
}
