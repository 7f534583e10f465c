package org.touchstone.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

    private static List<String> lines(byte[] bytes, int chunk) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk)); // deliver in small pieces
            }
        };
        List<String> out = new ArrayList<>();
        try (ByteLineReader reader = new ByteLineReader(in)) {
            while (reader.next()) {
                String text = reader.isTooLong() ? "TOO LONG" : reader.text(Integer.MAX_VALUE / 8);
                out.add(reader.lineNumber() + ":" + text);
            }
        }
        return out;
    }

    @Test
    void splitsLinesWhateverTheChunking() throws IOException {
        byte[] bytes = "\uFEFFfirst\r\nsecond\n\nlast".getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertThat(lines(bytes, chunk)).as("chunk " + chunk).containsExactly("1:first", "2:second", "3:", "4:last");
        }
    }

    @Test
    void linesLongerThanTheBufferGrowItAndOverLongOnesAreReportedAndSkipped() throws IOException {
        String longLine = "y".repeat(200_000);
        String tooLong = "z".repeat(ByteLineReader.MAX_LINE_BYTES + 10);
        byte[] bytes = ("a\n" + longLine + "\n" + tooLong + "\nb\n" + tooLong).getBytes(StandardCharsets.US_ASCII);
        assertThat(lines(bytes, 1 << 16)).containsExactly("1:a", "2:" + longLine, "3:TOO LONG", "4:b", "5:TOO LONG");
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertThat(lines(new byte[0], 10)).isEmpty();
        assertThat(lines("\n".getBytes(StandardCharsets.US_ASCII), 10)).containsExactly("1:");
    }
}
