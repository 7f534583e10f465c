package org.touchstone.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * The fields of one line, as byte ranges of the line's buffer. Splitting checks the line's text
 * (no control characters, valid UTF-8) in the same pass; fields are decoded or parsed only when
 * asked for, and numbers are parsed straight from the bytes, without exceptions.
 *
 * <p>Two syntaxes: {@link Syntax#TAB} (GDELT, ICEWS: a tab ends a field, no quoting) and
 * {@link Syntax#CSV} (comma-separated with optional double quotes, "" inside quotes).
 * Optionally a missing-value marker such as ICEWS's "NA" reads as an empty field, and fields
 * can be trimmed of surrounding spaces (the re-saved GDELT CSV pads some of them).
 */
public final class DelimitedLine {

    public enum Syntax { TAB, CSV }

    /** What {@link #integer(int)} returns for a field that is not an integer. */
    public static final long NOT_AN_INTEGER = Long.MIN_VALUE;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** Integers up to 2^53 are exact doubles; with a power of ten <= 1e22 one division rounds right. */
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;
    private static final int MESSAGE_CHARS = 1000;

    private static final VarHandle LONG_LITTLE_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long TABS = 0x0909090909090909L;
    private static final long DELETES = 0x7F7F7F7F7F7F7F7FL;

    private final Syntax syntax;
    private final boolean trimSpaces;
    private final byte[] missingMarker;

    private byte[] buf;
    private int lineStart;
    private int lineEnd;
    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] hasEscapedQuotes = new boolean[64];
    private String problem;

    private final DateCache dates = new DateCache();

    /**
     * @param missingMarker text that stands for a missing value ("NA"), or null for none
     */
    public DelimitedLine(Syntax syntax, boolean trimSpaces, String missingMarker) {
        this.syntax = syntax;
        this.trimSpaces = trimSpaces;
        this.missingMarker = missingMarker == null ? null : missingMarker.getBytes(StandardCharsets.UTF_8);
    }

    /** Plain tab-separated fields, no trimming, no missing-value marker (raw GDELT). */
    public static DelimitedLine tabSeparated() {
        return new DelimitedLine(Syntax.TAB, false, null);
    }

    /**
     * Splits the line {@code buf[start, end)} into fields. Returns false when the line cannot be
     * read as text; {@link #problem()} then says why.
     */
    public boolean split(byte[] buf, int start, int end) {
        this.buf = buf;
        this.lineStart = start;
        this.lineEnd = end;
        this.count = 0;
        this.problem = null;
        boolean ok = syntax == Syntax.TAB ? splitTabs() : checkText() && splitCsv();
        if (ok && (trimSpaces || missingMarker != null)) {
            normalizeFields();
        }
        return ok;
    }

    /** Why the last {@link #split} failed, or null. */
    public String problem() {
        return problem;
    }

    public int count() {
        return count;
    }

    /** True when the field is empty (or is the missing-value marker). Out-of-range columns are empty. */
    public boolean isEmpty(int i) {
        return i < 0 || i >= count || starts[i] == ends[i];
    }

    /** True when the field starts with the given ASCII text. */
    public boolean startsWith(int i, String prefix) {
        if (isEmpty(i) || ends[i] - starts[i] < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (buf[starts[i] + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The field's text, or null when empty. */
    public String text(int i) {
        if (isEmpty(i)) {
            return null;
        }
        String s = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return hasEscapedQuotes[i] ? s.replace("\"\"", "\"") : s;
    }

    /** The field's text through a cache of repeated values (codes, names), or null when empty. */
    public String text(int i, StringCache cache) {
        if (isEmpty(i)) {
            return null;
        }
        if (hasEscapedQuotes[i]) {
            return text(i);
        }
        return cache.get(buf, starts[i], ends[i]);
    }

    /** The field as written, shortened, for error messages ("" when empty or absent). */
    public String quoted(int i) {
        if (isEmpty(i)) {
            return "";
        }
        return ByteLineReader.decodeForMessage(buf, starts[i], ends[i], 100);
    }

    /** The whole line, decoded and shortened, for {@link ReadResult.Rejected#raw()}. */
    public String lineText() {
        return ByteLineReader.decodeForMessage(buf, lineStart, lineEnd, MESSAGE_CHARS);
    }

    /** True when the field is one or more ASCII digits. */
    public boolean isDigits(int i) {
        if (isEmpty(i)) {
            return false;
        }
        for (int p = starts[i]; p < ends[i]; p++) {
            byte b = buf[p];
            if (b < '0' || b > '9') {
                return false;
            }
        }
        return true;
    }

    /** The field as an optionally signed integer of at most 18 digits, else {@link #NOT_AN_INTEGER}. */
    public long integer(int i) {
        if (isEmpty(i)) {
            return NOT_AN_INTEGER;
        }
        int p = starts[i];
        int end = ends[i];
        boolean negative = buf[p] == '-';
        if (negative || buf[p] == '+') {
            p++;
        }
        if (p == end || end - p > 18) {
            return NOT_AN_INTEGER;
        }
        long value = 0;
        for (; p < end; p++) {
            int digit = buf[p] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_AN_INTEGER;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /**
     * The field as a decimal number ("-7.0", "2.0277", "1e-3"), or NaN when it is not one.
     * Plain decimals are parsed from the bytes (exactly as {@link Double#parseDouble} would);
     * rarer forms with an exponent or many digits fall back to the JDK.
     */
    public double decimal(int i) {
        if (isEmpty(i)) {
            return Double.NaN;
        }
        int p = starts[i];
        int end = ends[i];
        boolean negative = buf[p] == '-';
        if (negative || buf[p] == '+') {
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1; // -1 until the decimal point is seen
        for (; p < end; p++) {
            byte b = buf[p];
            if (b >= '0' && b <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (b - '0');
                }
                digits++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (b == '.' && fractionDigits < 0) {
                fractionDigits = 0;
            } else if (b == 'e' || b == 'E') {
                return decimalByJdk(i);
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int scale = Math.max(fractionDigits, 0);
        if (digits > 18 || mantissa >= EXACT_DOUBLE_LIMIT || scale >= POWERS_OF_TEN.length) {
            return decimalByJdk(i);
        }
        double value = mantissa / POWERS_OF_TEN[scale];
        return negative ? -value : value;
    }

    /** The field as a date written yyyyMMdd (GDELT's SQLDATE), or null when it is not one. */
    public LocalDate basicDate(int i) {
        if (isEmpty(i) || ends[i] - starts[i] != 8) {
            return null;
        }
        int p = starts[i];
        int year = digits(p, 4);
        int month = digits(p + 4, 2);
        int day = digits(p + 6, 2);
        return dates.date(year, month, day);
    }

    /** The field as a date written yyyy-MM-dd (ICEWS), or null when it is not one. */
    public LocalDate isoDate(int i) {
        if (isEmpty(i) || ends[i] - starts[i] != 10) {
            return null;
        }
        int p = starts[i];
        if (buf[p + 4] != '-' || buf[p + 7] != '-') {
            return null;
        }
        return dates.date(digits(p, 4), digits(p + 5, 2), digits(p + 8, 2));
    }

    /** The field as a timestamp written yyyyMMddHHmmss (GDELT 2.0), or null when it is not one. */
    public LocalDateTime basicDateTime(int i) {
        if (isEmpty(i) || ends[i] - starts[i] != 14) {
            return null;
        }
        int p = starts[i];
        LocalDate date = dates.date(digits(p, 4), digits(p + 4, 2), digits(p + 6, 2));
        int hour = digits(p + 8, 2);
        int minute = digits(p + 10, 2);
        int second = digits(p + 12, 2);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return date.atTime(hour, minute, second);
    }

    // ---------------------------------------------------------------- splitting

    private boolean splitTabs() {
        byte[] b = buf;
        int fieldStart = lineStart;
        long nonAscii = 0;
        int p = lineStart;
        // eight bytes at a time: find the tabs, and notice control and non-ASCII bytes, without
        // a branch per byte (most bytes are printable ASCII)
        for (int wordEnd = lineEnd - 7; p < wordEnd; p += 8) {
            long word = (long) LONG_LITTLE_ENDIAN.get(b, p);
            long tabs = bytesEqualTo(word, TABS);
            long controls = (bytesBelowSpace(word) & ~tabs) | bytesEqualTo(word, DELETES);
            if (controls != 0) {
                return controlCharacter(p + (Long.numberOfTrailingZeros(controls) >>> 3));
            }
            nonAscii |= word;
            while (tabs != 0) {
                int tab = p + (Long.numberOfTrailingZeros(tabs) >>> 3);
                addField(fieldStart, tab, false);
                fieldStart = tab + 1;
                tabs &= tabs - 1;
            }
        }
        boolean anyNonAscii = (nonAscii & HIGH_BITS) != 0;
        for (; p < lineEnd; p++) {
            byte c = b[p];
            if (c < 0x20) { // signed: also every byte >= 0x80
                if (c == '\t') {
                    addField(fieldStart, p, false);
                    fieldStart = p + 1;
                } else if (c < 0) {
                    anyNonAscii = true;
                } else {
                    return controlCharacter(p);
                }
            } else if (c == 0x7F) {
                return controlCharacter(p);
            }
        }
        addField(fieldStart, lineEnd, false);
        return !anyNonAscii || validUtf8();
    }

    /** The high bit of each byte of {@code word} that equals the byte repeated in {@code pattern}. */
    private static long bytesEqualTo(long word, long pattern) {
        long x = word ^ pattern; // zero bytes where equal
        return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
    }

    /** The high bit of each byte of {@code word} below 0x20 (ASCII bytes only; no carries cross bytes). */
    private static long bytesBelowSpace(long word) {
        return ~(((word & LOW_SEVEN_BITS) + 0x6060606060606060L) | word) & HIGH_BITS;
    }

    private boolean checkText() {
        boolean nonAscii = false;
        for (int p = lineStart; p < lineEnd; p++) {
            byte c = buf[p];
            if (c < 0) {
                nonAscii = true;
            } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return controlCharacter(p);
            }
        }
        return !nonAscii || validUtf8();
    }

    private boolean splitCsv() {
        int p = lineStart;
        while (true) {
            if (p < lineEnd && buf[p] == '"') {
                int contentStart = ++p;
                boolean escaped = false;
                while (true) {
                    if (p >= lineEnd) {
                        problem = "unclosed quote in field " + (count + 1);
                        return false;
                    }
                    if (buf[p] == '"') {
                        if (p + 1 < lineEnd && buf[p + 1] == '"') {
                            escaped = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    p++;
                }
                addField(contentStart, p, escaped);
                p++; // past the closing quote
                if (p < lineEnd && buf[p] != ',') {
                    problem = "text after the closing quote of field " + count;
                    return false;
                }
            } else {
                int fieldStart = p;
                while (p < lineEnd && buf[p] != ',') {
                    p++;
                }
                addField(fieldStart, p, false);
            }
            if (p >= lineEnd) {
                return true;
            }
            p++; // past the comma; a trailing comma leaves one more (empty) field
        }
    }

    private void normalizeFields() {
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            int e = ends[i];
            if (trimSpaces) {
                while (s < e && buf[s] == ' ') {
                    s++;
                }
                while (e > s && buf[e - 1] == ' ') {
                    e--;
                }
            }
            if (missingMarker != null && e - s == missingMarker.length && matches(s, missingMarker)) {
                e = s;
            }
            starts[i] = s;
            ends[i] = e;
        }
    }

    private boolean matches(int at, byte[] text) {
        for (int k = 0; k < text.length; k++) {
            if (buf[at + k] != text[k]) {
                return false;
            }
        }
        return true;
    }

    private void addField(int start, int end, boolean escapedQuotes) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
            hasEscapedQuotes = java.util.Arrays.copyOf(hasEscapedQuotes, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        hasEscapedQuotes[count] = escapedQuotes;
        count++;
    }

    private boolean controlCharacter(int at) {
        problem = String.format("control characters / invalid UTF-8 in line: control character 0x%02X at byte %d",
                buf[at] & 0xFF, at - lineStart + 1);
        return false;
    }

    /** Strict UTF-8: no stray continuation bytes, overlong forms, surrogates or code points past U+10FFFF. */
    private boolean validUtf8() {
        int p = lineStart;
        while (p < lineEnd) {
            int b = buf[p] & 0xFF;
            if (b < 0x80) {
                p++;
                continue;
            }
            int length;
            int min;
            int codePoint;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
                codePoint = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
                codePoint = b & 0x0F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
                codePoint = b & 0x07;
            } else {
                return invalidUtf8(p);
            }
            if (p + length > lineEnd) {
                return invalidUtf8(p);
            }
            for (int k = 1; k < length; k++) {
                int c = buf[p + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return invalidUtf8(p);
                }
                codePoint = (codePoint << 6) | (c & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return invalidUtf8(p);
            }
            p += length;
        }
        return true;
    }

    private boolean invalidUtf8(int at) {
        problem = String.format("control characters / invalid UTF-8 in line: invalid UTF-8 byte 0x%02X at byte %d",
                buf[at] & 0xFF, at - lineStart + 1);
        return false;
    }

    // ---------------------------------------------------------------- numbers and dates

    /** {@code length} ASCII digits at {@code p} as a number, or -1 when any is not a digit. */
    private int digits(int p, int length) {
        int value = 0;
        for (int k = 0; k < length; k++) {
            int digit = buf[p + k] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private double decimalByJdk(int i) {
        String s = text(i);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            // Double.parseDouble also takes "NaN", "Infinity", hex and a type suffix: not ours
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Dates repeat heavily within a file (a GDELT file covers a few days): a small direct-mapped
     * cache hands out the same LocalDate instead of validating and allocating one per row.
     */
    private static final class DateCache {
        private final int[] keys = new int[256];
        private final LocalDate[] values = new LocalDate[256];

        LocalDate date(int year, int month, int day) {
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            int key = year * 10000 + month * 100 + day;
            int slot = (key ^ (key >>> 8)) & 255;
            if (keys[slot] == key) {
                return values[slot];
            }
            if (day > Month.of(month).length(Year.isLeap(year))) {
                return null;
            }
            LocalDate date = LocalDate.of(year, month, day);
            keys[slot] = key;
            values[slot] = date;
            return date;
        }
    }
}
