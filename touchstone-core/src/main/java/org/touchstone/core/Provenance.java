package org.touchstone.core;

import java.util.List;

/**
 * Where a record came from, so an analyst can go from any number back to its source.
 * Rows of a dataset point at their file and line; coded events point at the document, sentence,
 * character span and the dictionary entries that produced them. Unused parts are null.
 */
public record Provenance(String file, Long line, String docId, Integer sentenceIndex,
                         Integer spanStart, Integer spanEnd, List<String> dictionaryEntries) {

    public Provenance {
        dictionaryEntries = dictionaryEntries == null ? List.of() : List.copyOf(dictionaryEntries);
    }

    public static Provenance ofRow(String file, long line) {
        return new Provenance(file, line, null, null, null, null, List.of());
    }

    public static Provenance ofText(String docId, int sentenceIndex, int spanStart, int spanEnd,
                                    List<String> dictionaryEntries) {
        return new Provenance(null, null, docId, sentenceIndex, spanStart, spanEnd, dictionaryEntries);
    }
}
