package org.touchstone.coder.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of a file in the project's readable dictionary format: a header line and its
 * indented {@code key: value; value} attribute lines (docs/DICTIONARIES.md).
 */
public final class DictionaryBlock {
    /** One attribute line: the key, its values and the line it was on. */
    public record Attribute(String key, List<String> values, int line) {
    }

    private final String file;
    private final String header;
    private final int line;
    private final List<Attribute> attributes = new ArrayList<>();

    DictionaryBlock(String file, String header, int line) {
        this.file = file;
        this.header = header;
        this.line = line;
    }

    void add(Attribute attribute) {
        attributes.add(attribute);
    }

    public String file() {
        return file;
    }

    public String header() {
        return header;
    }

    public int line() {
        return line;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** Every value of every line with this key, in file order. */
    public List<String> values(String key) {
        List<String> out = new ArrayList<>();
        for (Attribute a : attributes) {
            if (a.key().equals(key)) {
                out.addAll(a.values());
            }
        }
        return out;
    }

    /** The attribute lines with this key (for repeatable keys such as {@code role:} and {@code pattern:}). */
    public List<Attribute> lines(String key) {
        return attributes.stream().filter(a -> a.key().equals(key)).toList();
    }
}
