package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * Everything a verb dictionary file holds, in file order, with what was rejected and what was
 * read with a caveat.
 */
public record VerbDictionary(String file, VerbDialect dialect, List<Synset> synsets, List<VerbBlock> blocks,
                             List<VerbTransformation> transformations, List<DictionaryProblem> rejected,
                             List<DictionaryProblem> warnings) {

    public VerbDictionary {
        synsets = List.copyOf(synsets);
        blocks = List.copyOf(blocks);
        transformations = List.copyOf(transformations);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public int verbCount() {
        return blocks.stream().mapToInt(block -> block.verbs().size()).sum();
    }

    public int patternCount() {
        return blocks.stream().mapToInt(block -> block.patterns().size()).sum();
    }
}
