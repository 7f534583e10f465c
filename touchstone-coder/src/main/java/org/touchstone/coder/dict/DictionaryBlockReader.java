package org.touchstone.coder.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the project's block format (docs/DICTIONARIES.md): unindented headers, attribute lines
 * indented by exactly two spaces, {@code #} comments at line start or after whitespace. Bad lines
 * are reported with file, line and reason and skipped; the rest is kept.
 */
public final class DictionaryBlockReader {
    private final Set<String> allowedKeys;
    private final String valueSeparator;

    /**
     * @param allowedKeys    the keys a block may carry; others are reported
     * @param valueSeparator what separates values on one line ({@code ";"} for actors; {@code null}
     *                       keeps the whole line as one value, as verb patterns need)
     */
    public DictionaryBlockReader(Set<String> allowedKeys, String valueSeparator) {
        this.allowedKeys = allowedKeys;
        this.valueSeparator = valueSeparator;
    }

    public List<DictionaryBlock> read(String file, Reader reader, List<DictionaryProblem> problems) {
        List<DictionaryBlock> blocks = new ArrayList<>();
        DictionaryBlock current = null;
        try (BufferedReader in = new BufferedReader(reader)) {
            String raw;
            int lineNo = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                    raw = raw.substring(1);
                }
                String text = stripComment(raw);
                if (text.isBlank()) {
                    continue;
                }
                int indent = 0;
                while (indent < text.length() && text.charAt(indent) == ' ') {
                    indent++;
                }
                if (text.indexOf('\t') >= 0 && text.indexOf('\t') < indent + 1) {
                    problems.add(new DictionaryProblem(file, lineNo, "tab in indentation; use two spaces"));
                    continue;
                }
                if (indent == 0) {
                    current = new DictionaryBlock(file, text.strip(), lineNo);
                    blocks.add(current);
                    continue;
                }
                if (indent != 2) {
                    problems.add(new DictionaryProblem(file, lineNo,
                            "attribute lines are indented by two spaces, this one by " + indent));
                    continue;
                }
                if (current == null) {
                    problems.add(new DictionaryProblem(file, lineNo, "attribute line before any header"));
                    continue;
                }
                int colon = text.indexOf(':');
                String key = colon < 0 ? "" : text.substring(2, colon).strip();
                if (colon < 0 || !key.matches("[a-z0-9-]+")) {
                    problems.add(new DictionaryProblem(file, lineNo, "expected 'key: value', found '" + text.strip() + "'"));
                    continue;
                }
                if (!allowedKeys.contains(key)) {
                    problems.add(new DictionaryProblem(file, lineNo, "unknown key '" + key + "' (allowed: " + allowedKeys + ")"));
                    continue;
                }
                String rest = text.substring(colon + 1).strip();
                List<String> values = new ArrayList<>();
                if (valueSeparator == null) {
                    values.add(rest);
                } else {
                    for (String v : rest.split(java.util.regex.Pattern.quote(valueSeparator))) {
                        if (!v.isBlank()) {
                            values.add(v.strip());
                        }
                    }
                }
                if (values.isEmpty() || values.get(0).isEmpty()) {
                    problems.add(new DictionaryProblem(file, lineNo, "empty value for '" + key + "'"));
                    continue;
                }
                current.add(new DictionaryBlock.Attribute(key, List.copyOf(values), lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return blocks;
    }

    /** Removes a comment: "#" at the start of the line or after whitespace ("C#", "No. 10" stay text). */
    static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
