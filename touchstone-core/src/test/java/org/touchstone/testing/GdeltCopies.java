package org.touchstone.testing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Larger GDELT files made from a real one: the file repeated, each copy with fresh event ids
 * (the first column), so that every row is a distinct event. For tests and benchmarks that need
 * volume with real content.
 */
public final class GdeltCopies {
    private GdeltCopies() {
    }

    /** Writes {@code copies} copies of {@code source}'s lines to {@code target}; returns the row count. */
    public static long repeat(Path source, int copies, Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line.substring(line.indexOf('\t')));
                }
            }
        }
        long id = 1_000_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < copies; copy++) {
                for (String rest : lines) {
                    out.write(Long.toString(id++));
                    out.write(rest);
                    out.write('\n');
                }
            }
        }
        return (long) copies * lines.size();
    }
}
