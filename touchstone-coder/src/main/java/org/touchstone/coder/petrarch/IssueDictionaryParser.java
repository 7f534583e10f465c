package org.touchstone.coder.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the issue-coding file: {@code <ISSUE CATEGORY="EDUCATION" TYPE="ALL">} blocks ended by
 * {@code </ISSUE>}, holding {@code phrase [CODE]} lines and {@code ~} / {@code ~~} exclusions. A
 * line that is neither, or a {@code <ISSUE>} tag without a CATEGORY, is reported and skipped.
 */
public final class IssueDictionaryParser {

    private static final Pattern OPEN = Pattern.compile("<ISSUE\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATEGORY = Pattern.compile("CATEGORY\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    /** Matched only where the previous entry ended (lookingAt), so a long line costs linear time. */
    private static final Pattern ENTRY = Pattern.compile("([^\\[\\]]*)\\[([^\\]]+)\\]");

    private IssueDictionaryParser() {
    }

    public static IssueDictionary parse(Path path) throws IOException {
        return parse(DictionaryText.name(path), DictionaryText.readLines(path));
    }

    /**
     * The {@code phrase [CODE]} pairs of a line. Two entries run together on one line (a lost line
     * break: "intimidation of press [X]intimidation of the media [X]") are both kept, with a warning.
     */
    private static void readEntries(String file, DictionaryLine line, String text, String category,
                                    List<IssueEntry> entries, List<DictionaryProblem> rejected,
                                    List<DictionaryProblem> warnings) {
        Matcher entry = ENTRY.matcher(text);
        int end = 0;
        int found = 0;
        while (end < text.length() && entry.region(end, text.length()).lookingAt()) {
            end = entry.end();
            if (entry.group(1).isBlank()) {
                if (found == 0) {
                    break;
                }
                warnings.add(DictionaryProblem.of(file, line, "second code without a phrase ignored: ["
                        + entry.group(2).strip() + "]"));
                continue;
            }
            if (found == 1) {
                warnings.add(DictionaryProblem.of(file, line, "two entries on one line: both read"));
            }
            found++;
            entries.add(new IssueEntry(category, entry.group(1).strip(), entry.group(2).strip(),
                    IssueEntry.Kind.ISSUE, line.number()));
        }
        if (found == 0) {
            rejected.add(DictionaryProblem.of(file, line, text.contains("[") ? "not PHRASE [CODE]"
                    : "no [CODE] (PETRARCH skips such lines too)"));
        } else if (!text.substring(end).isBlank()) {
            warnings.add(DictionaryProblem.of(file, line, "text after the code ignored: '"
                    + text.substring(end).strip() + "'"));
        }
    }

    public static IssueDictionary parse(String file, List<String> lines) {
        List<IssueEntry> entries = new ArrayList<>();
        List<DictionaryProblem> rejected = new ArrayList<>();
        List<DictionaryProblem> warnings = new ArrayList<>();
        String category = null;
        for (DictionaryLine line : DictionaryText.contentLines(lines, false)) {
            String text = line.content().strip();
            Matcher open = OPEN.matcher(text);
            if (open.lookingAt()) {
                Matcher name = CATEGORY.matcher(open.group(1));
                if (name.find()) {
                    category = name.group(1).strip();
                } else {
                    category = null;
                    rejected.add(DictionaryProblem.of(file, line, "<ISSUE> without CATEGORY"));
                }
            } else if (text.regionMatches(true, 0, "</ISSUE", 0, 7)) {
                category = null;
            } else if (text.startsWith("~~") || text.startsWith("~")) {
                boolean story = text.startsWith("~~");
                String phrase = text.substring(story ? 2 : 1).strip();
                if (phrase.isEmpty()) {
                    rejected.add(DictionaryProblem.of(file, line, "exclusion without a phrase"));
                } else {
                    entries.add(new IssueEntry(category, phrase, null, story ? IssueEntry.Kind.EXCLUDE_IN_STORY
                            : IssueEntry.Kind.EXCLUDE_IN_SENTENCE, line.number()));
                }
            } else {
                readEntries(file, line, text, category, entries, rejected, warnings);
            }
        }
        return new IssueDictionary(file, entries, rejected, warnings);
    }
}
