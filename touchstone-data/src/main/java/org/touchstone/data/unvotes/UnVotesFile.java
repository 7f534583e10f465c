package org.touchstone.data.unvotes;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.touchstone.data.RecordReader;

/**
 * One file of the UN voting data opened for reading: plain or gzip (told by its first bytes), with
 * a streaming reader of its records and how many of its bytes have been read, for progress lines.
 */
public final class UnVotesFile implements Closeable {
    private final Path path;
    private final UnVotesFileKind kind;
    private final CountingInputStream counted;
    private final ControlCharactersBlanked blanked;
    private final InputStream data;
    private final long size;
    private RecordReader<? extends UnVotesRecord> reader;

    private UnVotesFile(Path path, UnVotesFileKind kind, CountingInputStream counted, InputStream data, long size) {
        this.path = path;
        this.kind = kind;
        this.counted = counted;
        // The roll calls' titles and descriptions are free text with a few stray control characters
        // (backspaces from the PDF extraction); blanking them keeps those roll calls instead of
        // rejecting whole lines. Other files keep the readers' strict check.
        this.blanked = kind == UnVotesFileKind.ROLL_CALLS ? new ControlCharactersBlanked(data) : null;
        this.data = blanked != null ? blanked : data;
        this.size = size;
    }

    public static UnVotesFile open(Path path, UnVotesFileKind kind) throws IOException {
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(path));
        try {
            BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            InputStream data = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            return new UnVotesFile(path, kind, counted, data, Files.size(path));
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public UnVotesFileKind kind() {
        return kind;
    }

    /**
     * The records of the file, one at a time: {@link UnCountry}, {@link UnRollCall},
     * {@link UnRollCallIssue} or {@link UnVote}, as the kind says. The same reader on every call.
     */
    public RecordReader<? extends UnVotesRecord> records() {
        if (reader == null) {
            String name = path.getFileName().toString();
            reader = switch (kind) {
                case COUNTRIES -> new UnCountryReader(data, name);
                case ROLL_CALLS -> new UnRollCallReader(data, name);
                case ROLL_CALL_ISSUES -> new UnRollCallIssueReader(data, name);
                case VOTES -> new UnVoteReader(data, name);
            };
        }
        return reader;
    }

    /** Countries without a CAMEO code read so far ("ZAN (Zanzibar)"); empty for other kinds. */
    public Map<String, Long> countriesWithoutCameoCode() {
        return reader instanceof UnCountryReader countries ? countries.withoutCameoCode() : Map.of();
    }

    /** Control characters replaced by spaces so far (roll calls only; see the constructor). */
    public long blankedControlCharacters() {
        return blanked == null ? 0 : blanked.count;
    }

    /** Bytes of the file itself (compressed, if it is) read so far. */
    public long bytesRead() {
        return counted.count;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    /**
     * Replaces control characters other than tab, line feed and carriage return by spaces. Safe on
     * UTF-8: bytes below 0x20 and 0x7F never occur inside a multi-byte character.
     */
    private static final class ControlCharactersBlanked extends FilterInputStream {
        private long count;

        ControlCharactersBlanked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b >= 0 && isBlanked(b) ? ' ' : b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                if (isBlanked(b[i])) {
                    b[i] = ' ';
                }
            }
            return n;
        }

        private boolean isBlanked(int b) {
            boolean control = (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F;
            if (control) {
                count++;
            }
            return control;
        }
    }

    /** Counts the bytes read from the file, before any decompression. */
    private static final class CountingInputStream extends FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
