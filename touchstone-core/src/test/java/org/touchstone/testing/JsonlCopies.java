package org.touchstone.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A larger JSON-lines corpus made from a real one: the documents repeated, each copy with a fresh
 * id (the original id and the copy's number), so that every document is distinct. For tests and
 * benchmarks of coding into the store that need several store transactions.
 */
public final class JsonlCopies {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");

    private JsonlCopies() {
    }

    /** Writes {@code copies} copies of {@code source}'s documents to {@code target}; returns the document count. */
    public static long repeat(Path source, int copies, Path target) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int copy = 1; copy <= copies; copy++) {
                for (String line : lines) {
                    Matcher id = ID.matcher(line);
                    if (!id.find()) {
                        throw new IOException(source + ": a document without an \"id\": " + line);
                    }
                    String fresh = Matcher.quoteReplacement("\"id\": \"" + id.group(1) + "-" + copy + "\"");
                    out.write(id.replaceFirst(fresh));
                    out.write('\n');
                }
            }
        }
        return (long) copies * lines.size();
    }
}
