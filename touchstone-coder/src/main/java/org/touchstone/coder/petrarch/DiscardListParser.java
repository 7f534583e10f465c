package org.touchstone.coder.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses discard files (Phoenix.discards.txt, PETR.Validate.discards.txt): one phrase a line,
 * {@code +} in front for a story-level discard, {@code _} at the end for a whole word. Only a bare
 * '+' (no phrase) is rejected.
 */
public final class DiscardListParser {

    private DiscardListParser() {
    }

    public static DiscardList parse(Path path) throws IOException {
        return parse(DictionaryText.name(path), DictionaryText.readLines(path));
    }

    public static DiscardList parse(String file, List<String> lines) {
        List<DiscardEntry> entries = new ArrayList<>();
        List<DictionaryProblem> rejected = new ArrayList<>();
        for (DictionaryLine line : DictionaryText.contentLines(lines, false)) {
            String phrase = line.content().strip();
            boolean story = phrase.startsWith("+");
            if (story) {
                phrase = phrase.substring(1).strip();
            }
            boolean wholeWord = phrase.endsWith("_");
            if (wholeWord) {
                phrase = phrase.substring(0, phrase.length() - 1).strip();
            }
            if (phrase.isEmpty()) {
                rejected.add(DictionaryProblem.of(file, line, "no phrase"));
                continue;
            }
            entries.add(new DiscardEntry(phrase, story, wholeWord, line.number()));
        }
        return new DiscardList(file, entries, rejected);
    }
}
