package org.touchstone.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A line-based file for a fuzz case: valid rows, some damaged by a {@link Mutator}, others left
 * intact, with blank lines, CRLF endings, a BOM or a missing final newline here and there, and
 * always an intact row last (a good row after the bad ones must still be read). Knows which
 * physical lines hold intact rows and which lines are not blank, so a test can account for every
 * line a reader reports.
 */
public final class MutatedFile {

    /** How a reader ends lines: at '\n' only (a '\r' before it dropped), or at '\n', '\r' and "\r\n". */
    public enum LineBreaks { LF, ANY }

    private final byte[] bytes;
    private final List<Integer> intactOffsets;
    private final boolean headerMutated;
    private final boolean hasHeader;

    private MutatedFile(byte[] bytes, List<Integer> intactOffsets, boolean hasHeader, boolean headerMutated) {
        this.bytes = bytes;
        this.intactOffsets = intactOffsets;
        this.hasHeader = hasHeader;
        this.headerMutated = headerMutated;
    }

    /** A file of delimited rows, for the dataset readers. */
    public static MutatedFile ofRows(Mutator m, String header, List<String> validRows, char delimiter) {
        return of(m, header, validRows, row -> m.mutateRow(row, delimiter), delimiter);
    }

    /**
     * A file of rows picked from {@code validRows}, each damaged by {@code mutate} with some
     * probability, or (now and then) a body of random bytes. {@code header}, when not null, comes
     * first and is damaged only rarely.
     */
    public static MutatedFile of(Mutator m, String header, List<String> validRows,
                                 Function<String, byte[]> mutate, char delimiter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> intact = new ArrayList<>();
        String newline = m.chance(0.2) ? "\r\n" : "\n";
        if (m.chance(0.05)) {
            write(out, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        boolean headerMutated = false;
        if (header != null) {
            if (m.chance(0.03)) {
                headerMutated = true;
                write(out, m.mutateRow(header, delimiter));
            } else {
                write(out, header.getBytes(StandardCharsets.UTF_8));
            }
            write(out, newline.getBytes(StandardCharsets.US_ASCII));
        }
        if (m.chance(0.03)) {
            write(out, m.randomBytes(5000));
            write(out, newline.getBytes(StandardCharsets.US_ASCII));
        } else {
            double damage = m.random().nextDouble();
            for (int n = 1 + m.nextInt(12); n > 0; n--) {
                if (m.chance(0.05)) {
                    write(out, (m.chance(0.5) ? "" : "   ").getBytes(StandardCharsets.US_ASCII));
                } else if (m.chance(damage)) {
                    write(out, mutate.apply(m.pick(validRows)));
                } else {
                    intact.add(out.size());
                    write(out, m.pick(validRows).getBytes(StandardCharsets.UTF_8));
                }
                write(out, newline.getBytes(StandardCharsets.US_ASCII));
            }
        }
        // the last row is intact, whatever came before it (a damaged line may lack its newline)
        if (out.size() > 0 && !endsWithLineBreak(out.toByteArray())) {
            write(out, newline.getBytes(StandardCharsets.US_ASCII));
        }
        intact.add(out.size());
        write(out, m.pick(validRows).getBytes(StandardCharsets.UTF_8));
        if (m.chance(0.8)) {
            write(out, newline.getBytes(StandardCharsets.US_ASCII));
        }
        return new MutatedFile(out.toByteArray(), intact, header != null, headerMutated);
    }

    public byte[] bytes() {
        return bytes;
    }

    /** True when the header row itself was damaged (a reader may then refuse the whole file). */
    public boolean headerMutated() {
        return headerMutated;
    }

    /** The 1-based physical lines that hold an intact valid row. */
    public List<Long> intactLines(LineBreaks breaks) {
        List<Long> lines = new ArrayList<>();
        for (int offset : intactOffsets) {
            lines.add(lineAt(offset, breaks));
        }
        return lines;
    }

    /**
     * The 1-based physical lines a reader must report on (as a record or a rejection): those that
     * are not blank by {@code blank} (applied to the line decoded as UTF-8), the header excluded.
     * A BOM at the start of the file is not part of the first line.
     */
    public List<Long> reportedLines(LineBreaks breaks, Predicate<String> blank) {
        List<Long> lines = new ArrayList<>();
        int start = startsWithBom() ? 3 : 0;
        long number = 0;
        boolean headerSeen = !hasHeader;
        int p = start;
        while (p < bytes.length) {
            int end = p;
            while (end < bytes.length && bytes[end] != '\n' && !(breaks == LineBreaks.ANY && bytes[end] == '\r')) {
                end++;
            }
            number++;
            int contentEnd = breaks == LineBreaks.LF && end < bytes.length && end > p && bytes[end - 1] == '\r'
                    ? end - 1 : end;
            String text = new String(bytes, p, contentEnd - p, StandardCharsets.UTF_8);
            if (!blank.test(text)) {
                if (headerSeen) {
                    lines.add(number);
                } else {
                    headerSeen = true;
                }
            }
            p = end;
            if (p < bytes.length) {
                p += bytes[p] == '\r' && p + 1 < bytes.length && bytes[p + 1] == '\n' ? 2 : 1;
            }
        }
        return lines;
    }

    /** Spaces only: what the dataset readers skip. */
    public static boolean spacesOnly(String line) {
        return line.chars().allMatch(c -> c == ' ');
    }

    /** A few hundred characters of the file, printable, for failure messages. */
    public String preview() {
        String text = new String(bytes, 0, Math.min(bytes.length, 600), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                : c < 0x20 ? String.format("\\x%02X", c) : new String(Character.toChars(c))));
        return out + (bytes.length > 600 ? "... (" + bytes.length + " bytes)" : "");
    }

    private long lineAt(int offset, LineBreaks breaks) {
        long line = 1;
        for (int p = startsWithBom() ? 3 : 0; p < offset; p++) {
            if (bytes[p] == '\n') {
                line++;
            } else if (breaks == LineBreaks.ANY && bytes[p] == '\r' && !(p + 1 < bytes.length && bytes[p + 1] == '\n')) {
                line++;
            }
        }
        return line;
    }

    private boolean startsWithBom() {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static boolean endsWithLineBreak(byte[] b) {
        return b[b.length - 1] == '\n';
    }

    private static void write(ByteArrayOutputStream out, byte[] b) {
        out.write(b, 0, b.length);
    }
}
