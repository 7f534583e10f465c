package org.touchstone.coder.petrarch;

/**
 * A line of an issue-coding file (Phoenix.IssueCoding.txt).
 *
 * @param category the CATEGORY of the enclosing {@code <ISSUE>} block; null outside any block
 * @param phrase   as written, with its expansion marks: {@code n:} (noun: add the plural),
 *                 {@code v:} (verb: add -S, -ED, -ING), {@code +} (both a space and a hyphen)
 * @param code     the issue code ("EARLY_CHILDHOOD_EDUCATION"); null for exclusions
 * @param kind     an issue phrase, or an exclusion: {@code ~phrase} cancels the block's issues in
 *                 the sentence, {@code ~~phrase} in the whole story
 * @param line     1-based line in the file
 */
public record IssueEntry(String category, String phrase, String code, Kind kind, int line) {

    public enum Kind { ISSUE, EXCLUDE_IN_SENTENCE, EXCLUDE_IN_STORY }
}
