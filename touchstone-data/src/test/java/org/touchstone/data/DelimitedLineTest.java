package org.touchstone.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DelimitedLineTest {

    private static DelimitedLine split(DelimitedLine line, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(line.split(bytes, 0, bytes.length)).as(line.problem()).isTrue();
        return line;
    }

    @Test
    void tabFieldsAndEmptyOnes() {
        DelimitedLine line = split(DelimitedLine.tabSeparated(), "a\t\tcé\t");
        assertThat(line.count()).isEqualTo(4);
        assertThat(line.text(0)).isEqualTo("a");
        assertThat(line.text(1)).isNull();
        assertThat(line.text(2)).isEqualTo("cé");
        assertThat(line.isEmpty(3)).isTrue();
        assertThat(line.isEmpty(4)).isTrue();
    }

    @Test
    void csvQuotesTrimmingAndMissingMarker() {
        DelimitedLine line = split(new DelimitedLine(DelimitedLine.Syntax.CSV, true, "NA"),
                "1, ARM ,\"Tbilisi, Georgia\",NA,\"say \"\"hi\"\"\",");
        assertThat(line.count()).isEqualTo(6);
        assertThat(line.text(1)).isEqualTo("ARM");
        assertThat(line.text(2)).isEqualTo("Tbilisi, Georgia");
        assertThat(line.text(3)).isNull();
        assertThat(line.text(4)).isEqualTo("say \"hi\"");
        assertThat(line.text(5)).isNull();

        DelimitedLine bad = new DelimitedLine(DelimitedLine.Syntax.CSV, false, null);
        byte[] unclosed = "1,\"open".getBytes(StandardCharsets.UTF_8);
        assertThat(bad.split(unclosed, 0, unclosed.length)).isFalse();
        assertThat(bad.problem()).isEqualTo("unclosed quote in field 2");
    }

    @Test
    void decimalsParseExactlyAsTheJdkDoes() {
        DelimitedLine line = DelimitedLine.tabSeparated();
        String[] samples = {"0", "-0", "1.0", "-7.0", "2.02774813233724", "0.63492063492064", "-1.0521281683405",
            "53.9", "-123.133", "1e-3", "2.5E2", "123456789012345678901", "0.000000000000000000001", ".5", "5.",
            "+3.4", "9007199254740993", "99999999999999999"};
        for (String s : samples) {
            split(line, s);
            assertThat(line.decimal(0)).as(s).isEqualTo(Double.parseDouble(s));
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String s = String.format("%." + random.nextInt(15) + "f", (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8)));
            split(line, s);
            assertThat(line.decimal(0)).as(s).isEqualTo(Double.parseDouble(s));
        }
        for (String s : new String[] {"abc", "-", ".", "1.2.3", "1-2", "NaN", "Infinity", "0x10", "1d", "1 "}) {
            split(line, s);
            assertThat(line.decimal(0)).as(s).isNaN();
        }
    }

    @Test
    void integersAndDates() {
        DelimitedLine line = split(DelimitedLine.tabSeparated(),
                "42\t-1\t12a\t20191024\t2019x024\t20190230\t2018-06-01\t20191024143000\t20191024250000\t20000229");
        assertThat(line.integer(0)).isEqualTo(42);
        assertThat(line.integer(1)).isEqualTo(-1);
        assertThat(line.integer(2)).isEqualTo(DelimitedLine.NOT_AN_INTEGER);
        assertThat(line.basicDate(3)).isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(line.basicDate(4)).isNull();
        assertThat(line.basicDate(5)).isNull();
        assertThat(line.isoDate(6)).isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(line.basicDateTime(7)).isEqualTo(LocalDateTime.of(2019, 10, 24, 14, 30));
        assertThat(line.basicDateTime(8)).isNull();
        assertThat(line.basicDate(9)).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void controlCharactersAndInvalidUtf8AreProblems() {
        DelimitedLine line = DelimitedLine.tabSeparated();
        byte[][] bad = {
            {'a', 0, 'b'},
            {'a', '\r', 'b'},
            {'a', (byte) 0xFF},
            {(byte) 0xC3},                                  // truncated sequence
            {(byte) 0xC0, (byte) 0xAF},                     // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},        // surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
        };
        for (byte[] bytes : bad) {
            assertThat(line.split(bytes, 0, bytes.length)).isFalse();
            assertThat(line.problem()).startsWith("control characters / invalid UTF-8 in line");
        }
        byte[] good = "Zürich\t北京\t😀".getBytes(StandardCharsets.UTF_8);
        assertThat(line.split(good, 0, good.length)).isTrue();
        assertThat(line.text(2)).isEqualTo("😀");
    }

    @Test
    void wordAtATimeSplittingAgreesWithAPlainOne() {
        Random random = new Random(7);
        byte[] alphabet = "ab\t\t\t,".getBytes(StandardCharsets.UTF_8);
        DelimitedLine line = DelimitedLine.tabSeparated();
        for (int n = 0; n < 5_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            String[] expected = text.split("\t", -1);
            int offset = random.nextInt(3); // the line need not start at the buffer's start
            byte[] buffer = new byte[offset + bytes.length + 2];
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            assertThat(line.split(buffer, offset, offset + bytes.length)).isTrue();
            assertThat(line.count()).as(text).isEqualTo(expected.length);
            for (int i = 0; i < expected.length; i++) {
                assertThat(line.text(i)).as(text).isEqualTo(expected[i].isEmpty() ? null : expected[i]);
            }
        }
        // a control character or a bad byte is found at any position, inside or after the words
        for (int at = 0; at < 30; at++) {
            for (byte bad : new byte[] {0, 0x1B, 0x7F, (byte) 0x80}) {
                byte[] bytes = "abc\tdefgh\tijklmnopq\trstuvwxyz\t".getBytes(StandardCharsets.UTF_8);
                bytes[at] = bad;
                assertThat(line.split(bytes, 0, bytes.length)).isFalse();
                assertThat(line.problem()).endsWith(" at byte " + (at + 1));
            }
        }
        byte[] accented = "abcdefgh\tZürich\tabcdefgh".getBytes(StandardCharsets.UTF_8);
        assertThat(line.split(accented, 0, accented.length)).isTrue();
        assertThat(line.text(1)).isEqualTo("Zürich");
    }

    @Test
    void stringCacheGivesTheSameTextForTheSameBytes() {
        StringCache cache = new StringCache();
        byte[] a = "xxUSAyyUSA".getBytes(StandardCharsets.UTF_8);
        String first = cache.get(a, 2, 5);
        assertThat(first).isEqualTo("USA");
        assertThat(cache.get(a, 7, 10)).isSameAs(first);
        byte[] long1 = "x".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThat(cache.get(long1, 0, 100)).isEqualTo("x".repeat(100));
    }
}
