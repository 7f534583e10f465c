package org.touchstone.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded, structure-aware damage for fuzz tests: takes valid rows, fields and sentences and breaks
 * them the ways real files break (columns dropped, duplicated or swapped; values of the wrong type
 * or out of range; truncation; stray CR, LF, NUL, BOM and invalid UTF-8; huge fields), or replaces
 * them with random bytes. The same seed gives the same damage, so a failure names its seed and
 * repeats. Free of JUnit, so benchmarks can use it too.
 */
public final class Mutator {

    /** Values a field might hold instead of the right one: wrong types, out-of-range numbers and dates. */
    private static final List<String> ODD_VALUES = List.of(
            "", " ", "NA", "null", "-", ".", "+", "e", "1e309", "-1e309", "1e-400", "NaN", "-NaN", "Infinity",
            "-Infinity", "0x1F", "1,5", "1.2.3", "--1", "+-1", "١٢٣", "１２", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "99999999999999999999999", "2147483648", "-2147483649",
            "99999999", "00000000", "20191301", "20190230", "20200229", "19000229", "-2019102", "2019-10-24",
            "9999-99-99", "0000-00-00", "2019-02-30", "20191024146099", "99999999999999", "24000000000000",
            "-0", "0.0000000000000000000000001", "1e10", "-7.0e", "3.", ".5", "1_000", "１", "0", "-1",
            "\"", "\"\"", "\"a\"b", "'", "\\", "\\n", "<", ">", "&amp;", "<![CDATA[", "]]>", "{", "}", "[", "]",
            "GLOBALEVENTID", "Event ID", "🇺🇸", "\u202E", "\u0301", "\uFEFF", "\u00A0", "\u2028", "𝟙𝟚");

    /** Text in other scripts, for mixed-script sentences and fields. */
    private static final List<String> SCRIPTS = List.of(
            "Россия заявила", "中国外交部发言人", "日本政府", "مرحبا بكم", "שלום", "नमस्ते", "ελληνικά", "한국어",
            "ไทย", "Ἀθῆναι", "😀🙈💥", "ƒ∂∑", "Z̴̡a̷l̸g̵o̶");

    private static final byte[][] ODD_BYTES = {
            {'\r'}, {'\n'}, {'\r', '\n'}, {0}, {'\t'}, {0x7F}, {0x1B}, {0x0B}, {0x0C},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, // BOM
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, // overlong
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
            {(byte) 0xE2, (byte) 0x82}, // cut short
            {'"'}, {','}, {'<'}, {'&'}, {'\\'}};

    private final long seed;
    private final Random random;

    public Mutator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    public Random random() {
        return random;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ---------------------------------------------------------------- rows

    /**
     * A valid row damaged once or a few times: first at the field level (split on {@code delimiter}),
     * then possibly at the byte level.
     */
    public byte[] mutateRow(String row, char delimiter) {
        if (chance(0.05)) {
            return randomBytes(2000);
        }
        String text = row;
        for (int n = 1 + nextInt(3); n > 0; n--) {
            text = mutateFields(text, delimiter);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return chance(0.3) ? mutateBytes(bytes) : bytes;
    }

    /** One field-level change to a delimited row. */
    public String mutateFields(String row, char delimiter) {
        List<String> fields = new ArrayList<>(Arrays.asList(row.split(java.util.regex.Pattern.quote(
                String.valueOf(delimiter)), -1)));
        int i = nextInt(fields.size());
        switch (nextInt(12)) {
            case 0 -> fields.remove(i);
            case 1 -> fields.add(i, fields.get(i));
            case 2 -> {
                int j = nextInt(fields.size());
                String swapped = fields.get(i);
                fields.set(i, fields.get(j));
                fields.set(j, swapped);
            }
            case 3, 4, 5 -> fields.set(i, oddValue());
            case 6 -> fields.set(i, numberLike());
            case 7 -> fields.set(i, "");
            case 8 -> fields.set(i, longText());
            case 9 -> {
                for (int n = 1 + nextInt(5); n > 0; n--) {
                    fields.add(nextInt(fields.size() + 1), oddValue());
                }
            }
            case 10 -> {
                String joined = String.join(String.valueOf(delimiter), fields);
                return joined.substring(0, nextInt(joined.length() + 1));
            }
            default -> fields.set(i, insert(fields.get(i), pick(SCRIPTS)));
        }
        return String.join(String.valueOf(delimiter), fields);
    }

    /** Bytes with stray control bytes, line breaks, BOMs or invalid UTF-8 inserted, or cut short. */
    public byte[] mutateBytes(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        if (chance(0.15)) {
            out.write(bytes, 0, nextInt(bytes.length + 1));
            return out.toByteArray();
        }
        int at = nextInt(bytes.length + 1);
        out.write(bytes, 0, at);
        byte[] odd = ODD_BYTES[nextInt(ODD_BYTES.length)];
        for (int n = chance(0.1) ? 1 + nextInt(100) : 1; n > 0; n--) {
            out.write(odd, 0, odd.length);
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** A field value of a wrong type, out of range, or otherwise odd. */
    public String oddValue() {
        return chance(0.9) ? pick(ODD_VALUES) : new String(randomBytes(20), StandardCharsets.UTF_8);
    }

    /** Something number-shaped, often out of any sensible range. */
    public String numberLike() {
        return switch (nextInt(5)) {
            case 0 -> Long.toString(random.nextLong());
            case 1 -> Integer.toString(random.nextInt());
            case 2 -> Double.toString(random.nextGaussian() * Math.pow(10, nextInt(40) - 10));
            case 3 -> Double.toString(Double.longBitsToDouble(random.nextLong()));
            default -> "9".repeat(1 + nextInt(40));
        };
    }

    /** A long run of text: usually thousands of characters, now and then past a megabyte. */
    public String longText() {
        int length = chance(0.002) ? (1 << 20) + nextInt(1000) : 1000 + nextInt(chance(0.05) ? 100_000 : 8_000);
        String unit = chance(0.5) ? "a" : pick(SCRIPTS);
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    /** Up to {@code maxLength} random bytes. */
    public byte[] randomBytes(int maxLength) {
        byte[] bytes = new byte[nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    // ---------------------------------------------------------------- text

    /**
     * A sentence damaged for a text reader or the coder: other scripts mixed in, huge tokens,
     * unbalanced quotes and brackets, control characters, cut short, emptied or replaced by noise.
     */
    public String mutateText(String text) {
        String s = text;
        for (int n = 1 + nextInt(3); n > 0; n--) {
            s = switch (nextInt(11)) {
                case 0 -> insert(s, pick(SCRIPTS));
                case 1 -> insert(s, " " + (chance(0.5) ? "x" : pick(SCRIPTS)).repeat(200 + nextInt(5_000)) + " ");
                case 2 -> insert(s, String.valueOf("\"'“”«»()[]{}<>".charAt(nextInt(14))).repeat(1 + nextInt(5)));
                case 3 -> insert(s, String.valueOf((char) nextInt(0x20)));
                case 4 -> insert(s, pick(List.of("\u0000", "\uFEFF", "\u202E", "\u2028", "\uD800", "\uDC00",
                        "\uFFFD", "\u0301\u0301\u0301", "\r\n", "\t")));
                case 5 -> s.substring(0, nextInt(s.length() + 1));
                case 6 -> "";
                case 7 -> new String(randomBytes(500), StandardCharsets.UTF_8);
                case 8 -> insert(s, oddValue());
                case 9 -> s.replace(' ', chance(0.5) ? '\u00A0' : '_');
                default -> s + " " + s;
            };
        }
        return s;
    }

    /** {@code piece} inserted at a random place in {@code s}. */
    public String insert(String s, String piece) {
        int at = nextInt(s.length() + 1);
        return s.substring(0, at) + piece + s.substring(at);
    }
}
