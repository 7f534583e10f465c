package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * A block of synonymous verbs sharing a default code and a list of patterns: in PETRARCH files the
 * lines from {@code --- NAME [CODE] ---} to the next header; in TABARI files one verb and its
 * patterns.
 *
 * @param name     the block name ("ACCELERATE", "LASH OUT", "ARM_")
 * @param code     the default code of the block's verbs; null when the header gives none (PETRARCH
 *                 then uses the null code "---")
 * @param verbs    the verbs, in order
 * @param patterns the patterns, in order
 * @param line     1-based line of the header (or of the TABARI verb)
 */
public record VerbBlock(String name, VerbCode code, List<VerbForm> verbs, List<VerbPattern> patterns, int line) {

    public VerbBlock {
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
    }
}
